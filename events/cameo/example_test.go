package cameo_test

import (
	"fmt"

	"entente/events/cameo"
)

func ExampleTable_Lookup() {
	tab, err := cameo.Load()
	if err != nil {
		panic(err)
	}
	c, _ := tab.Lookup("190")
	fmt.Println(c.Code, c.Root, c.Goldstein, c.QuadClass, c.PloverType, c.PloverContext)
	c, _ = tab.Lookup("111")
	fmt.Printf("%s %q %v %d %s/%s\n", c.Code, c.Name, c.Goldstein, c.QuadClass, c.PloverType, c.PloverMode)
	// Output:
	// 190 19 -10 4 ASSAULT [military]
	// 111 "Criticize or denounce" -2 3 ACCUSE/disapprove
}

func ExampleTable_Resolve() {
	tab, err := cameo.Load()
	if err != nil {
		panic(err)
	}
	c, exact, ok := tab.Resolve("1213") // not in the GDELT table
	fmt.Println(c.Code, exact, ok, c.Name)
	// Output: 121 false true Reject material cooperation
}
