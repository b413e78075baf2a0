"""Use cases: one function per thing a user does, one transaction each, plain data back."""
