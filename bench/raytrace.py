"""Ray tracer: vectors as classes with operator dunders, polymorphic objects and surfaces, recursion."""

SIZE = 200  # bench size

EPSILON = 0.00001
# tan(22.5 degrees): a 45 degree field of view.
HALF_FOV_TAN = 0.41421356237309503


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return self.dot(self) ** 0.5

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self * (1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal * (2.0 * self.dot(normal))


ZERO = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)
BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, point, direction):
        self.point = point
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.point + self.direction * t


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.direction)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0.0:
            return None
        return v - disc ** 0.5

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.direction.dot(self.normal)
        if v == 0.0:
            return None
        return (self.point - ray.point).dot(self.normal) / v

    def normal_at(self, p):
        return self.normal


class SimpleSurface:
    def __init__(self, colour, specular=0.2, lambert=0.6, ambient=0.2):
        self.colour = colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = ambient

    def base_colour_at(self, p):
        return self.colour

    def colour_at(self, scene, ray, p, normal):
        base = self.base_colour_at(p)
        c = BLACK
        if self.specular > 0.0:
            reflected = Ray(p, ray.direction.reflect_through(normal))
            c = c + scene.ray_colour(reflected) * self.specular
        if self.lambert > 0.0:
            amount = 0.0
            for light in scene.visible_lights(p):
                contribution = (light - p).normalized().dot(normal)
                if contribution > 0.0:
                    amount += contribution
            if amount > 1.0:
                amount = 1.0
            c = c + base * (amount * self.lambert)
        if self.ambient > 0.0:
            c = c + base * self.ambient
        return c


class CheckerboardSurface(SimpleSurface):
    def __init__(self, colour, other_colour, check_size=1.0, **kwargs):
        super().__init__(colour, **kwargs)
        self.other_colour = other_colour
        self.check_size = check_size

    def base_colour_at(self, p):
        v = p * (1.0 / self.check_size)
        parity = int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)
        if parity % 2:
            return self.other_colour
        return self.colour


class Scene:
    def __init__(self, position, look_at, background):
        self.objects = []
        self.lights = []
        self.position = position
        self.look_at = look_at
        self.background = background
        self.depth = 0
        self.rays = 0

    def add_object(self, obj, surface):
        self.objects.append((obj, surface))

    def add_light(self, p):
        self.lights.append(p)

    def first_intersection(self, ray):
        best = None
        best_t = 1e300
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and EPSILON < t < best_t:
                best_t = t
                best = (obj, t, surface)
        return best

    def ray_colour(self, ray):
        self.rays += 1
        if self.depth > 3:
            return BLACK
        self.depth += 1
        hit = self.first_intersection(ray)
        if hit is None:
            colour = self.background
        else:
            obj, t, surface = hit
            p = ray.point_at(t)
            colour = surface.colour_at(self, ray, p, obj.normal_at(p))
        self.depth -= 1
        return colour

    def visible_lights(self, p):
        result = []
        for light in self.lights:
            to_light = light - p
            hit = self.first_intersection(Ray(p, to_light))
            if hit is None or hit[1] > to_light.magnitude():
                result.append(light)
        return result

    def render(self, canvas):
        eye = Ray(self.position, self.look_at - self.position)
        right = eye.direction.cross(UP).normalized()
        up = right.cross(eye.direction).normalized()
        aspect = canvas.height / canvas.width
        half_width = HALF_FOV_TAN
        half_height = aspect * half_width
        pixel_width = half_width * 2.0 / (canvas.width - 1)
        pixel_height = half_height * 2.0 / (canvas.height - 1)
        for y in range(canvas.height):
            for x in range(canvas.width):
                xcomp = right * (x * pixel_width - half_width)
                ycomp = up * (half_height - y * pixel_height)
                ray = Ray(eye.point, eye.direction + xcomp + ycomp)
                canvas.plot(x, y, self.ray_colour(ray))


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.pixels = [0] * (width * height * 3)

    def plot(self, x, y, colour):
        i = (y * self.width + x) * 3
        pixels = self.pixels
        pixels[i] = channel(colour.x)
        pixels[i + 1] = channel(colour.y)
        pixels[i + 2] = channel(colour.z)

    def checksum(self):
        h = 0
        for v in self.pixels:
            h = (h * 257 + v) % 4294967311
        return h


def channel(v):
    if v < 0.0:
        v = 0.0
    elif v > 1.0:
        v = 1.0
    return int(v * 255.0)


def build_scene():
    scene = Scene(Vector(0.0, 1.8, 10.0), Vector(0.0, 3.0, 0.0), Vector(0.05, 0.05, 0.1))
    scene.add_light(Vector(30.0, 30.0, 10.0))
    scene.add_light(Vector(-10.0, 100.0, 30.0))
    scene.add_object(Sphere(Vector(1.0, 3.0, -10.0), 2.0), SimpleSurface(Vector(1.0, 1.0, 0.0)))
    for y in range(6):
        scene.add_object(Sphere(Vector(-3.0 - y * 0.4, 2.3, -5.0), 0.4),
                         SimpleSurface(Vector(y / 6.0, 1.0 - y / 6.0, 0.5)))
    scene.add_object(Sphere(Vector(2.5, 1.0, -2.0), 1.0),
                     SimpleSurface(Vector(0.3, 0.6, 1.0), specular=0.5, lambert=0.4, ambient=0.1))
    scene.add_object(Plane(Vector(0.0, 0.0, 0.0), UP),
                     CheckerboardSurface(Vector(1.0, 1.0, 1.0), Vector(0.0, 0.0, 0.0), check_size=2.0))
    return scene


def main():
    canvas = Canvas(SIZE, SIZE)
    scene = build_scene()
    scene.render(canvas)
    total = sum(canvas.pixels)
    print("rays traced:", scene.rays)
    print("brightness:", total)
    print("raytrace checksum:", canvas.checksum())


if __name__ == "__main__":
    main()
