# sys.exit with a string prints it to stderr and exits with status 1
import sys
def load(config):
    if "path" not in config:
        sys.exit("fatal: no path configured")
    return config["path"]
print(load({"path": "/tmp"}))
print(load({}))
