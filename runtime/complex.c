// complex.c: complex division, the one complex operation codegen does not
// inline (spec: Arithmetic operators; gc's runtime.complex128div).
//
// n/m is computed with Robert L. Smith's algorithm (Algorithm 116: Complex
// division, CACM 5(8):435, 1962), which scales by the larger part of m to
// avoid needless overflow.  When both parts of the quotient come out NaN,
// the C99 rules (ISO/IEC 9899:1999 G.5.1) recover the infinities and zeros
// that the formula lost:
//     (1+1i)/0      = (+Inf+Infi)    a nonzero finite number over zero
//     (Inf+0i)/2    = (+Inf+NaNi)    an infinity over a finite number
//     1/(Inf+0i)    = (0+0i)         a finite number over an infinity
// Dividing by zero never panics.  complex64 division converts both operands
// to complex128, divides, and rounds back, as gc does.
//
// The runtime is compiled with -ffp-contract=off (CMakeLists.txt): fusing
// a*b+c into one fma rounds once instead of twice, and the quotient would
// differ from gc's on amd64 in the last bit.
#include <math.h>

#include "runtime.h"

// A signed 1 for an infinity, a signed 0 for anything else (gc's inf2one).
static double inf2one(double f) { return copysign(isinf(f) ? 1.0 : 0.0, f); }

// Both parts of the quotient are NaN: C99's corrections.
static void recover_nan(double a, double b, double c, double d, double *e, double *f) {
    if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
        *e = copysign(INFINITY, c) * a;
        *f = copysign(INFINITY, c) * b;
    } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
        a = inf2one(a);
        b = inf2one(b);
        *e = INFINITY * (a * c + b * d);
        *f = INFINITY * (b * c - a * d);
    } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
        c = inf2one(c);
        d = inf2one(d);
        *e = 0 * (a * c + b * d);
        *f = 0 * (b * c - a * d);
    }
}

void rt_complex128div(double a, double b, double c, double d, double *q) {
    double e, f;
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c, denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d, denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isnan(e) && isnan(f))
        recover_nan(a, b, c, d, &e, &f);
    q[0] = e;
    q[1] = f;
}
