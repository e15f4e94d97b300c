// nbody: simulate the orbits of the Jovian planets around the Sun.
//
// Measures straight-line float64 arithmetic (with math.Sqrt) over a small
// array of structs reached through a slice and pointers; nothing is
// allocated in the inner loop. Prints the total energy before and after
// the given number of steps of dt = 0.01 days, with "%.9f".
//
// Usage: nbody [steps]   (default 1000)
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

const (
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

// Body is a point mass: position (AU), velocity (AU/year) and mass (solar masses * 4 pi^2).
type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

// planets returns the Sun, Jupiter, Saturn, Uranus and Neptune at a fixed epoch.
func planets() [5]Body {
	var b [5]Body
	b[0] = Body{mass: solarMass}
	b[1] = Body{
		4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
		1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
		-6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass,
	}
	b[2] = Body{
		8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
		-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
		2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass,
	}
	b[3] = Body{
		1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
		2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
		-2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass,
	}
	b[4] = Body{
		1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
		2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
		-9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass,
	}
	return b
}

// offsetMomentum gives the Sun the velocity that makes the system's total momentum zero.
func offsetMomentum(bodies []Body) {
	var px, py, pz float64
	for i := range bodies {
		px += bodies[i].vx * bodies[i].mass
		py += bodies[i].vy * bodies[i].mass
		pz += bodies[i].vz * bodies[i].mass
	}
	sun := &bodies[0]
	sun.vx = -px / solarMass
	sun.vy = -py / solarMass
	sun.vz = -pz / solarMass
}

// energy returns the system's kinetic plus potential energy.
func energy(bodies []Body) float64 {
	e := 0.0
	for i := 0; i < len(bodies); i++ {
		b := &bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			c := &bodies[j]
			dx := b.x - c.x
			dy := b.y - c.y
			dz := b.z - c.z
			e -= b.mass * c.mass / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

// advance moves the system forward by one step of dt: velocities from the
// pairwise forces first, then positions from the new velocities.
func advance(bodies []Body, dt float64) {
	for i := 0; i < len(bodies); i++ {
		b := &bodies[i]
		for j := i + 1; j < len(bodies); j++ {
			c := &bodies[j]
			dx := b.x - c.x
			dy := b.y - c.y
			dz := b.z - c.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * math.Sqrt(d2))
			b.vx -= dx * c.mass * mag
			b.vy -= dy * c.mass * mag
			b.vz -= dz * c.mass * mag
			c.vx += dx * b.mass * mag
			c.vy += dy * b.mass * mag
			c.vz += dz * b.mass * mag
		}
	}
	for i := range bodies {
		b := &bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	steps := 1000
	if len(os.Args) > 1 {
		if v, _ := strconv.Atoi(os.Args[1]); v > 0 {
			steps = v
		}
	}
	system := planets()
	bodies := system[:]
	offsetMomentum(bodies)
	fmt.Printf("%.9f\n", energy(bodies))
	for s := 0; s < steps; s++ {
		advance(bodies, 0.01)
	}
	fmt.Printf("%.9f\n", energy(bodies))
}
