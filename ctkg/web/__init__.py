"""The web side of ctkg: a SPARQL 1.1 Protocol endpoint and a small web page over the store.

`ctkg serve` builds the app with `ctkg.web.app.create_app`; the modules split the work as
negotiation (which media type to answer in), protocol (what a request asks for), engine (running a
query under a time limit and a size cap) and app (routes, pages, JSON API).
"""
