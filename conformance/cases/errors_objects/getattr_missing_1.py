class Config:
    debug = False
cfg = Config()
print(getattr(cfg, "debug"))
print(getattr(cfg, "verbose", "default"))
print(getattr(cfg, "verbose"))
