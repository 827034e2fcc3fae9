"""Learned decisions: models that weigh what the rules propose, and their training.

The ``rescore`` and ``entity_filter`` stages read ``doc.facts`` and ``doc.entities`` with the
shipped models (``kg/data/*.json``) and write each one's confidence, dropping those below the
threshold; ``training`` (``kg train``) reads the annotated corpus and writes those models.
"""
