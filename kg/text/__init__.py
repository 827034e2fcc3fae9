"""Stage 1, text: a page file becomes a clean, segmented :class:`~kg.document.Document`.

Reads the input files (text in any of the Chinese encodings, HTML, PDF) and writes a
Document's ``raw``, ``text`` (reading-order paragraphs), ``sentences`` (labelled units) and
``issued`` date; also the amount parser every later stage uses and the record of where each
stored page's file is (``sources``).  Nothing here knows entities, facts or RDF.
"""
