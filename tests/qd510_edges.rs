//! Edges of the qd510 rules that the clause-named test files did not pin: tests added to kill
//! surviving mutants (DESIGN §15.1), each named after the clause it pins.
