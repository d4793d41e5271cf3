"""Loaders: the only code that reads report documents.

parse (text -> document model) knows the CTAP template; extract (document -> facts) knows the
gazetteer; mapping (facts -> RDF) knows the ontology. Each step has a typed boundary.
"""
