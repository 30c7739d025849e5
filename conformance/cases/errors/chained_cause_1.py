# raise ... from ...: "The above exception was the direct cause..."
class ConfigError(Exception):
    pass
def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError as e:
        raise ConfigError(f"missing setting {name}") from e
settings = {"debug": True}
print(read_setting(settings, "debug"))
print(read_setting(settings, "port"))
