// Package runtime (gosub's subset): the Error interface that run-time
// panics satisfy.  gosub's run-time errors are made by the C runtime
// (runtime/panic.c) with gc's dynamic types (runtime.boundsError,
// *runtime.TypeAssertionError, ...), each with Error and RuntimeError.
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types
	// that are run time errors from ordinary errors: a type is a run time
	// error if it has a RuntimeError method.
	RuntimeError()
}
