package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A synchronous publish/subscribe event bus: topics with wildcard subscriptions, subscribers
// as closures and as methods, unsubscribe handles, handler panics isolated with recover and
// reported as errors, and an order-processing workflow driven by events.

type Event struct {
	Topic string
	Data  map[string]any
}

type HandlerFunc func(e Event) error

type subscription struct {
	id      int
	pattern string
	fn      HandlerFunc
}

type Bus struct {
	subs   []subscription
	nextID int
	queue  []Event
	errs   []error
	trace  []string
}

func (b *Bus) Subscribe(pattern string, fn HandlerFunc) (unsubscribe func()) {
	b.nextID++
	id := b.nextID
	b.subs = append(b.subs, subscription{id, pattern, fn})
	return func() {
		for i, s := range b.subs {
			if s.id == id {
				b.subs = append(b.subs[:i], b.subs[i+1:]...)
				return
			}
		}
	}
}

func matches(pattern, topic string) bool {
	if strings.HasSuffix(pattern, ".*") {
		return strings.HasPrefix(topic, strings.TrimSuffix(pattern, "*"))
	}
	return pattern == "*" || pattern == topic
}

func (b *Bus) Publish(topic string, data map[string]any) {
	b.queue = append(b.queue, Event{topic, data})
}

func (b *Bus) deliver(s subscription, e Event) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("subscriber %d panicked on %s: %v", s.id, e.Topic, r)
		}
	}()
	return s.fn(e)
}

// Drain processes events breadth-first; handlers may publish more events.
func (b *Bus) Drain() {
	for len(b.queue) > 0 {
		e := b.queue[0]
		b.queue = b.queue[1:]
		b.trace = append(b.trace, e.Topic)
		for _, s := range append([]subscription(nil), b.subs...) {
			if matches(s.pattern, e.Topic) {
				if err := b.deliver(s, e); err != nil {
					b.errs = append(b.errs, err)
				}
			}
		}
	}
}

var ErrOutOfStock = errors.New("out of stock")

type Warehouse struct {
	stock map[string]int
	bus   *Bus
}

func (w *Warehouse) OnOrder(e Event) error {
	item := e.Data["item"].(string)
	qty := e.Data["qty"].(int)
	if w.stock[item] < qty {
		w.bus.Publish("order.rejected", map[string]any{"id": e.Data["id"], "reason": "stock"})
		return fmt.Errorf("order %v: %s: %w", e.Data["id"], item, ErrOutOfStock)
	}
	w.stock[item] -= qty
	w.bus.Publish("order.reserved", e.Data)
	return nil
}

type Billing struct {
	prices  map[string]float64
	charged map[int]float64
	bus     *Bus
}

func (bl *Billing) OnReserved(e Event) error {
	id := e.Data["id"].(int)
	amount := bl.prices[e.Data["item"].(string)] * float64(e.Data["qty"].(int))
	bl.charged[id] = amount
	bl.bus.Publish("order.charged", map[string]any{"id": id, "amount": amount})
	return nil
}

func main() {
	bus := &Bus{}
	wh := &Warehouse{stock: map[string]int{"apple": 10, "pear": 2}, bus: bus}
	bill := &Billing{prices: map[string]float64{"apple": 0.5, "pear": 0.8}, charged: map[int]float64{}, bus: bus}

	var audit []string
	bus.Subscribe("order.placed", wh.OnOrder)
	bus.Subscribe("order.reserved", bill.OnReserved)
	stopAudit := bus.Subscribe("order.*", func(e Event) error {
		keys := make([]string, 0, len(e.Data))
		for k := range e.Data {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s=%v", k, e.Data[k])
		}
		audit = append(audit, e.Topic+" {"+strings.Join(parts, " ")+"}")
		return nil
	})
	shipped := 0
	bus.Subscribe("order.charged", func(e Event) error {
		if e.Data["amount"].(float64) > 3 {
			panic("amount needs manual review")
		}
		shipped++
		return nil
	})

	orders := []struct {
		item string
		qty  int
	}{{"apple", 3}, {"pear", 5}, {"apple", 9}, {"pear", 2}, {"apple", 7}}
	for i, o := range orders {
		bus.Publish("order.placed", map[string]any{"id": i + 1, "item": o.item, "qty": o.qty})
	}
	bus.Drain()
	stopAudit()
	bus.Publish("order.placed", map[string]any{"id": 99, "item": "apple", "qty": 1})
	bus.Drain()

	for _, a := range audit {
		fmt.Println("audit:", a)
	}
	for _, err := range bus.errs {
		fmt.Printf("error: %v (stock: %v)\n", err, errors.Is(err, ErrOutOfStock))
	}
	fmt.Println("trace:", strings.Join(bus.trace, " "))
	fmt.Println("stock:", wh.stock, "charged:", bill.charged, "shipped:", shipped)
	fmt.Println(matches("*", "x"), matches("order.*", "order.placed"), matches("order.*", "orders"), len(bus.subs))
}
