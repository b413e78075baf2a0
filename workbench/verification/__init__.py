"""Chain verification: did each cited outlet really publish the claim? Evidence search, hop states, suggestion."""
