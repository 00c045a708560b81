"""Answering: question analysis -> candidates -> one scorer with abstention -> the answer first, with checked citations."""
