# uncaught AttributeError on a class
class Config:
    debug = False
    level = 3
print(Config.debug, Config.level)
Config.level += 1
print(Config.level)
print(Config.unknown_setting_xyz)
