# uncaught TypeError: missing keyword-only arguments
def connect(host, *, port, timeout):
    return f"{host}:{port} ({timeout}s)"
print(connect("localhost", port=80, timeout=5))
print(connect("example", timeout=1, port=8080))
print(connect("nowhere"))
