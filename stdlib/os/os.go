// Package os (gosub's subset): Args, Exit, and the standard streams as
// *File values that satisfy io.Writer.  Standard output goes through the
// runtime's stream buffer, the one fmt.Print and println use, so output
// written either way reaches the file in program order.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

//gosub:intrinsic
func runtime_args() []string

// Exit causes the current program to exit with the given status code.  The
// program terminates immediately; deferred functions are not run.
//
//gosub:intrinsic
func Exit(code int)

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes from b to the File.  It returns the number of
// bytes written and an error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	r := write(f.fd, &b[0], len(b))
	if r < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: Errno(-r)}
	}
	return r, nil
}

// WriteString is like Write, but writes the contents of string s rather
// than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// write writes n bytes at p to fd: the runtime's buffered stream for 1 and
// 2, write(2) for any other descriptor.  It returns n, or -errno.
//
//gosub:runtime rt_os_write noescape
func write(fd int, p *byte, n int) int

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Errno is a system error number (Go's syscall.Errno).
type Errno int

func (e Errno) Error() string { return errstr(int(e)) }

//gosub:runtime rt_os_errstr
func errstr(errno int) string

// ErrInvalid indicates an invalid argument.
var ErrInvalid = &invalidError{}

type invalidError struct{}

func (*invalidError) Error() string { return "invalid argument" }
