package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// An HTTP-like request router without networking: path patterns with :params and *wildcards,
// handlers as func values and as types implementing a Handler interface, middleware chains
// built from closures, method values as handlers, and error-to-status mapping.

type Request struct {
	Method, Path string
	Params       map[string]string
	Headers      map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler interface {
	Serve(req *Request) (Response, error)
}

type HandlerFunc func(req *Request) (Response, error)

func (f HandlerFunc) Serve(req *Request) (Response, error) { return f(req) }

type Middleware func(Handler) Handler

type route struct {
	method  string
	parts   []string
	handler Handler
}

type Router struct {
	routes []route
	mw     []Middleware
}

func (r *Router) Use(m Middleware) { r.mw = append(r.mw, m) }

func (r *Router) Handle(method, pattern string, h Handler) {
	for i := len(r.mw) - 1; i >= 0; i-- {
		h = r.mw[i](h)
	}
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func match(parts, segs []string) (map[string]string, bool) {
	params := map[string]string{}
	for i, p := range parts {
		if strings.HasPrefix(p, "*") {
			params[p[1:]] = strings.Join(segs[i:], "/")
			return params, true
		}
		if i >= len(segs) {
			return nil, false
		}
		if strings.HasPrefix(p, ":") {
			params[p[1:]] = segs[i]
		} else if p != segs[i] {
			return nil, false
		}
	}
	return params, len(parts) == len(segs)
}

var ErrNotFound = errors.New("not found")
var ErrForbidden = errors.New("forbidden")

type HTTPError struct {
	Status int
	Err    error
}

func (e *HTTPError) Error() string { return strconv.Itoa(e.Status) + ": " + e.Err.Error() }
func (e *HTTPError) Unwrap() error { return e.Err }

func (r *Router) Dispatch(req *Request) Response {
	segs := strings.Split(strings.Trim(req.Path, "/"), "/")
	allowed := []string{}
	for _, rt := range r.routes {
		params, ok := match(rt.parts, segs)
		if !ok {
			continue
		}
		if rt.method != req.Method {
			allowed = append(allowed, rt.method)
			continue
		}
		req.Params = params
		resp, err := rt.handler.Serve(req)
		var he *HTTPError
		switch {
		case err == nil:
			return resp
		case errors.As(err, &he):
			return Response{he.Status, err.Error()}
		case errors.Is(err, ErrNotFound):
			return Response{404, err.Error()}
		default:
			return Response{500, "internal: " + err.Error()}
		}
	}
	if len(allowed) > 0 {
		sort.Strings(allowed)
		return Response{405, "allowed: " + strings.Join(allowed, ",")}
	}
	return Response{404, "no route for " + req.Path}
}

type UserStore struct {
	users map[int]string
	next  int
}

func (s *UserStore) Get(req *Request) (Response, error) {
	id, err := strconv.Atoi(req.Params["id"])
	if err != nil {
		return Response{}, &HTTPError{400, fmt.Errorf("bad id %q", req.Params["id"])}
	}
	name, ok := s.users[id]
	if !ok {
		return Response{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return Response{200, "user " + name}, nil
}

func (s *UserStore) Create(req *Request) (Response, error) {
	s.next++
	s.users[s.next] = req.Params["name"]
	return Response{201, fmt.Sprintf("created %d", s.next)}, nil
}

type static map[string]string

func (st static) Serve(req *Request) (Response, error) {
	if body, ok := st[req.Params["file"]]; ok {
		return Response{200, body}, nil
	}
	return Response{}, fmt.Errorf("file %s: %w", req.Params["file"], ErrNotFound)
}

func main() {
	var log []string
	logger := func(next Handler) Handler {
		return HandlerFunc(func(req *Request) (Response, error) {
			resp, err := next.Serve(req)
			log = append(log, fmt.Sprintf("%s %s -> %d err=%v", req.Method, req.Path, resp.Status, err))
			return resp, err
		})
	}
	auth := func(next Handler) Handler {
		return HandlerFunc(func(req *Request) (Response, error) {
			if req.Headers["token"] != "secret" && req.Method != "GET" {
				return Response{}, &HTTPError{403, ErrForbidden}
			}
			return next.Serve(req)
		})
	}
	store := &UserStore{users: map[int]string{1: "ann"}, next: 1}
	r := &Router{}
	r.Use(logger)
	r.Use(auth)
	r.Handle("GET", "/users/:id", HandlerFunc(store.Get))
	r.Handle("POST", "/users/new/:name", HandlerFunc(store.Create))
	r.Handle("GET", "/static/*file", static{"css/site.css": "body{}", "index.html": "<h1>hi</h1>"})
	r.Handle("GET", "/panic", HandlerFunc(func(*Request) (Response, error) { return Response{}, errors.New("boom") }))

	reqs := []*Request{
		{Method: "GET", Path: "/users/1"},
		{Method: "GET", Path: "/users/2"},
		{Method: "GET", Path: "/users/abc"},
		{Method: "POST", Path: "/users/new/bob"},
		{Method: "POST", Path: "/users/new/cy", Headers: map[string]string{"token": "secret"}},
		{Method: "GET", Path: "/users/2"},
		{Method: "DELETE", Path: "/users/1"},
		{Method: "GET", Path: "/static/css/site.css"},
		{Method: "GET", Path: "/static/missing.js"},
		{Method: "GET", Path: "/panic"},
		{Method: "GET", Path: "/nowhere"},
	}
	for _, req := range reqs {
		resp := r.Dispatch(req)
		fmt.Printf("%-6s %-22s %d %s\n", req.Method, req.Path, resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(store.users)
}
