s = """abc
\x4
"""
