package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type Closer interface{ Close() error }
type BadCloser interface{ Close() }

type ReadWriter interface {
	Reader
	Writer
	Read() int
}

type ReadCloser interface {
	Closer
	Reader
	BadCloser
	Close() error
}

type File struct{}

func (File) Read() string { return "" }

func main() {
	var rw ReadWriter = File{}
	var rc ReadCloser
	_, _ = rw, rc
}
