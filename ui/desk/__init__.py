"""The review desk: article list, reader, claim inspector, matches, and the undoable edits behind them."""
