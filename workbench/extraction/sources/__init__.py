"""Who a source is: outlets, persons, bodies, places and unnamed sources, and the phrases naming them."""
