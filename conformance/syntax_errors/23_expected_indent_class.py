class Point:
# no body
