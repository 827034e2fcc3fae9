"""The parkkg ontology (Turtle) and SHACL shapes, shipped inside the package as ``kg.ontology``."""
