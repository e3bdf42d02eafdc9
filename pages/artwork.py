"""The demo's pictures, drawn here with Pillow when the demo is loaded: the association's
logo, a logo for each member company and an illustration for each article. No stock
photography, no fonts and no letters (a Latin initial would be out of place on the Chinese
site): marks and scenes built from shapes, in the colours the data files name.

Everything is drawn at twice its size and scaled down, which smooths the edges, and the same
arguments always give the same picture (the random choices are seeded by them).
"""

from __future__ import annotations

import functools
import io
import itertools
import math
import random
from collections.abc import Callable
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

RGB = tuple[int, int, int]
SCALE = 2  # drawn at twice the size, then scaled down

ILLUSTRATION_SIZE = (1200, 675)  # 16:9, the widest the article page shows
LOGO_SIZE = 400  # square
SITE_LOGO_SIZE = 512


def rgb(value: str) -> RGB:
    value = value.lstrip("#")
    return tuple(int(value[index : index + 2], 16) for index in (0, 2, 4))  # type: ignore[return-value]


def mix(first: RGB, second: RGB, amount: float) -> RGB:
    """``first`` moved ``amount`` (0 to 1) of the way towards ``second``."""
    return tuple(round(a + (b - a) * amount) for a, b in zip(first, second, strict=True))  # type: ignore[return-value]


WHITE: RGB = (255, 255, 255)
INK: RGB = (16, 42, 67)


def with_alpha(colour: RGB, alpha: int) -> tuple[int, int, int, int]:
    return (*colour, alpha)


def gradient(
    size: tuple[int, int], top: RGB, bottom: RGB, *, diagonal: bool = False
) -> Image.Image:
    """A canvas shading from ``top`` to ``bottom`` (top-left to bottom-right if diagonal)."""
    ramp = Image.linear_gradient("L")  # 256 × 256, black at the top
    if diagonal:
        ramp = ramp.rotate(45, resample=Image.Resampling.BICUBIC, expand=True)
        ramp = ramp.crop(
            (ramp.width // 4, ramp.height // 4, ramp.width * 3 // 4, ramp.height * 3 // 4)
        )
    mask = ramp.resize(size, Image.Resampling.BICUBIC)
    canvas = Image.new("RGB", size, top)
    canvas.paste(Image.new("RGB", size, bottom), (0, 0), mask)
    return canvas


def glow(
    canvas: Image.Image, centre: tuple[float, float], radius: float, colour: RGB, alpha: int
) -> None:
    """A soft light spot, blurred into the canvas."""
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    x, y = centre
    ImageDraw.Draw(layer).ellipse(
        (x - radius, y - radius, x + radius, y + radius), fill=(*colour, alpha)
    )
    layer = layer.filter(ImageFilter.GaussianBlur(radius / 2))
    canvas.paste(layer, (0, 0), layer)


def finish(canvas: Image.Image, size: tuple[int, int], image_format: str, **options) -> bytes:
    picture = canvas.resize(size, Image.Resampling.LANCZOS)
    output = io.BytesIO()
    picture.save(output, image_format, **options)
    return output.getvalue()


# Pieces the scenes share -----------------------------------------------------------------


def trace(
    draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], colour, width: float, pad: float
) -> None:
    """A copper track through ``points`` ending in a round pad."""
    draw.line(points, fill=colour, width=round(width), joint="curve")
    x, y = points[-1]
    draw.ellipse((x - pad, y - pad, x + pad, y + pad), fill=colour)


def routed(start: tuple[float, float], end: tuple[float, float]) -> list[tuple[float, float]]:
    """Start to end the way boards are routed: straight, one 45° bend, straight."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    run = min(abs(dx), abs(dy))
    if abs(dx) > abs(dy):
        bend = (x1 - math.copysign(run, dx), y0)
    else:
        bend = (x0, y1 - math.copysign(run, dy))
    return [start, bend, end]


def chip(
    draw: ImageDraw.ImageDraw,
    box: tuple[float, float, float, float],
    body: RGB,
    pins: RGB,
    count: int,
) -> None:
    """A square package with ``count`` pins on each side and a die mark in the middle."""
    left, top, right, bottom = box
    size = right - left
    pin_long, pin_wide = size * 0.09, size / (count * 2.2)
    for index in range(count):
        offset = left + size * (index + 0.5) / count
        half = pin_wide / 2
        draw.rectangle((offset - half, top - pin_long, offset + half, top), fill=pins)
        draw.rectangle((offset - half, bottom, offset + half, bottom + pin_long), fill=pins)
        offset = top + size * (index + 0.5) / count
        draw.rectangle((left - pin_long, offset - half, left, offset + half), fill=pins)
        draw.rectangle((right, offset - half, right + pin_long, offset + half), fill=pins)
    draw.rounded_rectangle(box, radius=size * 0.06, fill=body)
    inset = size * 0.22
    draw.rounded_rectangle(
        (left + inset, top + inset, right - inset, bottom - inset),
        radius=size * 0.03,
        outline=mix(body, WHITE, 0.35),
        width=max(2, round(size * 0.015)),
    )
    dot = size * 0.05
    draw.ellipse(
        (left + dot, top + dot, left + dot * 2.2, top + dot * 2.2), fill=mix(body, WHITE, 0.3)
    )


def person(draw: ImageDraw.ImageDraw, x: float, y: float, size: float, colour) -> None:
    """A head and shoulders, standing on (x, y)."""
    head = size * 0.22
    draw.ellipse((x - head, y - size, x + head, y - size + head * 2), fill=colour)
    draw.rounded_rectangle(
        (x - size * 0.38, y - size + head * 2.3, x + size * 0.38, y + size * 0.2),
        radius=size * 0.3,
        fill=colour,
    )


def star(centre: tuple[float, float], outer: float, inner: float) -> list[tuple[float, float]]:
    x, y = centre
    points = []
    for index in range(10):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / 5
        points.append((x + radius * math.cos(angle), y + radius * math.sin(angle)))
    return points


def board_background(
    canvas: Image.Image, palette: dict[str, RGB], rng: random.Random, density: int
) -> None:
    """Tracks running in from the edges towards the middle, with vias on the way."""
    draw = ImageDraw.Draw(canvas, "RGBA")
    width, height = canvas.size
    unit = width / 100
    track = with_alpha(palette["light"], 90)
    for _ in range(density):
        edge = rng.choice("lrtb")
        along = rng.uniform(0.05, 0.95)
        start = {
            "l": (0, height * along),
            "r": (width, height * along),
            "t": (width * along, 0),
            "b": (width * along, height),
        }[edge]
        end = (width * rng.uniform(0.25, 0.75), height * rng.uniform(0.25, 0.75))
        trace(draw, routed(start, end), track, unit * 0.45, unit * 0.9)
    for _ in range(density // 2):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        draw.ellipse(
            (x - unit, y - unit, x + unit, y + unit), outline=track, width=round(unit * 0.35)
        )


# The illustrations -------------------------------------------------------------------------


def scene_chip(canvas, palette, rng, *, chiplets: bool = False) -> None:
    width, height = canvas.size
    board_background(canvas, palette, rng, 28)
    glow(canvas, (width / 2, height / 2), height * 0.45, palette["accent"], 110)
    draw = ImageDraw.Draw(canvas, "RGBA")
    if chiplets:
        size = height * 0.22
        gap = size * 0.35
        base = (
            width / 2 - size - gap,
            height / 2 - size - gap,
            width / 2 + size + gap,
            height / 2 + size + gap,
        )
        draw.rounded_rectangle(base, radius=gap / 2, fill=mix(palette["dark"], WHITE, 0.12))
        for column in (0, 1):
            for row in (0, 1):
                left = width / 2 - size - gap / 2 + column * (size + gap)
                top = height / 2 - size - gap / 2 + row * (size + gap)
                colour = palette["accent"] if (column + row) % 2 else mix(palette["dark"], INK, 0.5)
                draw.rounded_rectangle(
                    (left, top, left + size, top + size), radius=size * 0.08, fill=colour
                )
    else:
        size = height * 0.46
        box = (
            width / 2 - size / 2,
            height / 2 - size / 2,
            width / 2 + size / 2,
            height / 2 + size / 2,
        )
        chip(draw, box, mix(palette["dark"], INK, 0.55), mix(palette["light"], WHITE, 0.4), 8)


def scene_board(canvas, palette, rng, *, magnifier: bool = False) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    copper = mix(palette["accent"], WHITE, 0.2)
    # Buses of parallel tracks with one bend each.
    for _ in range(9):
        lanes = rng.randint(3, 6)
        x0, y0 = rng.uniform(-10, width * 0.6), rng.uniform(0, height)
        run = rng.uniform(width * 0.15, width * 0.4)
        rise = rng.choice((-1, 1)) * rng.uniform(height * 0.1, height * 0.3)
        for lane in range(lanes):
            offset = lane * unit * 1.6
            points = [
                (x0, y0 + offset),
                (x0 + run, y0 + offset),
                (x0 + run + abs(rise), y0 + offset + rise),
                (x0 + run * 2 + abs(rise), y0 + offset + rise),
            ]
            trace(draw, points, with_alpha(copper, 200), unit * 0.5, unit * 0.75)
    # Components: resistors, capacitors and a few chips.
    for _ in range(16):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        long, short = unit * rng.uniform(2, 3.5), unit * rng.uniform(1, 1.6)
        if rng.random() < 0.5:
            long, short = short, long
        draw.rounded_rectangle(
            (x, y, x + long, y + short), radius=unit * 0.2, fill=mix(palette["dark"], INK, 0.6)
        )
        draw.rectangle((x, y, x + long * 0.2, y + short), fill=copper)
        draw.rectangle((x + long * 0.8, y, x + long, y + short), fill=copper)
    for _ in range(3):
        size = unit * rng.uniform(7, 11)
        x, y = (
            rng.uniform(unit * 8, width - size - unit * 8),
            rng.uniform(unit * 8, height - size - unit * 8),
        )
        chip(draw, (x, y, x + size, y + size), mix(palette["dark"], INK, 0.6), copper, 5)
    if magnifier:
        radius = height * 0.28
        cx, cy = width * 0.62, height * 0.45
        lens = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
        ImageDraw.Draw(lens).ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius), fill=(255, 255, 255, 70)
        )
        canvas.paste(lens, (0, 0), lens)
        draw = ImageDraw.Draw(canvas, "RGBA")
        draw.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            outline=WHITE,
            width=round(unit * 1.6),
        )
        handle = radius * 0.7
        draw.line(
            (cx + handle, cy + handle, cx + handle * 1.9, cy + handle * 1.9),
            fill=WHITE,
            width=round(unit * 3.2),
        )
        tick = [
            (cx - radius * 0.35, cy),
            (cx - radius * 0.08, cy + radius * 0.3),
            (cx + radius * 0.42, cy - radius * 0.3),
        ]
        draw.line(tick, fill=palette["light"], width=round(unit * 2.2), joint="curve")


def scene_wafer(canvas, palette, rng) -> None:
    width, height = canvas.size
    glow(canvas, (width * 0.5, height * 0.5), height * 0.6, palette["light"], 90)
    draw = ImageDraw.Draw(canvas, "RGBA")
    radius = height * 0.4
    cx, cy = width / 2, height / 2
    draw.ellipse(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        fill=mix(palette["dark"], (200, 210, 225), 0.55),
    )
    die = radius / 6.5
    shine = [
        mix(palette["light"], WHITE, 0.2),
        mix(palette["accent"], WHITE, 0.35),
        mix(palette["dark"], WHITE, 0.45),
    ]
    for column in range(-7, 7):
        for row in range(-7, 7):
            left, top = cx + column * die, cy + row * die
            corners = [(left, top), (left + die, top), (left, top + die), (left + die, top + die)]
            if all(math.hypot(x - cx, y - cy) < radius * 0.95 for x, y in corners):
                colour = shine[(column * 3 + row * 5 + rng.randint(0, 1)) % 3]
                draw.rectangle(
                    (left + 2, top + 2, left + die - 2, top + die - 2), fill=with_alpha(colour, 235)
                )
    notch = radius * 0.05
    draw.ellipse(
        (cx - notch, cy + radius - notch, cx + notch, cy + radius + notch), fill=palette["dark"]
    )
    # A highlight across the wafer.
    sheen = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    ImageDraw.Draw(sheen).polygon(
        [
            (cx - radius, cy - radius * 0.2),
            (cx - radius * 0.2, cy - radius),
            (cx + radius * 0.1, cy - radius),
            (cx - radius, cy + radius * 0.1),
        ],
        fill=(255, 255, 255, 60),
    )
    mask = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(mask).ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=255)
    lit = canvas.copy()
    lit.paste(sheen, (0, 0), sheen)
    canvas.paste(lit, (0, 0), mask)


def scene_meeting(canvas, palette, rng, *, festive: bool = False) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    # The screen at the front, showing a chart.
    screen = (width * 0.3, height * 0.08, width * 0.7, height * 0.42)
    draw.rounded_rectangle(screen, radius=unit, fill=mix(palette["light"], WHITE, 0.75))
    left, top, right, bottom = screen
    for index, share in enumerate((0.35, 0.55, 0.45, 0.75, 0.9)):
        x = left + (right - left) * (0.12 + index * 0.16)
        bar_top = bottom - (bottom - top) * 0.85 * share
        draw.rectangle(
            (x, bar_top, x + (right - left) * 0.1, bottom - unit),
            fill=palette["accent"] if index == 4 else palette["dark"],
        )
    draw.rectangle(
        (width * 0.44, height * 0.44, width * 0.56, height * 0.5),
        fill=mix(palette["dark"], INK, 0.4),
    )
    if festive:
        for _ in range(7):
            x, y = (
                rng.uniform(width * 0.05, width * 0.95),
                rng.uniform(height * 0.05, height * 0.35),
            )
            if screen[0] - unit * 4 < x < screen[2] + unit * 4:
                continue
            draw.polygon(
                star((x, y), unit * 2.4, unit * 1),
                fill=with_alpha(mix(palette["accent"], (255, 215, 0), 0.6), 230),
            )
    # Rows of people, nearer rows larger.
    for row in range(4):
        size = unit * (4.5 + row * 1.6)
        y = height * (0.62 + row * 0.12)
        count = 9 - row
        shade = mix(palette["light"], palette["dark"], 0.55 - row * 0.12)
        for index in range(count):
            x = width * (index + 0.5 + (row % 2) * 0.25) / count
            person(draw, x, y, size, shade)


def scene_chart(canvas, palette, rng, *, falling: bool = False) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    floor = height * 0.85
    for index in range(1, 6):
        y = floor - index * height * 0.14
        draw.line(
            (width * 0.08, y, width * 0.92, y), fill=with_alpha(WHITE, 45), width=round(unit * 0.2)
        )
    values = []
    level = 0.3
    for _ in range(8):
        level = min(
            0.95,
            max(
                0.15,
                level + rng.uniform(-0.12, 0.2) * (-1 if falling else 1) + (0 if falling else 0.02),
            ),
        )
        values.append(level)
    if falling:
        values = [0.8, 0.55, 0.9, 0.45, 0.7, 0.4, 0.75, 0.6]
    step = width * 0.84 / len(values)
    points = []
    for index, value in enumerate(values):
        x = width * 0.08 + step * index + step * 0.2
        top = floor - value * height * 0.7
        colour = (
            palette["accent"] if index == len(values) - 1 else mix(palette["light"], WHITE, 0.15)
        )
        draw.rounded_rectangle(
            (x, top, x + step * 0.6, floor), radius=unit * 0.6, fill=with_alpha(colour, 230)
        )
        points.append((x + step * 0.3, top - unit * 3))
    draw.line(points, fill=WHITE, width=round(unit * 0.6), joint="curve")
    for x, y in points:
        draw.ellipse(
            (x - unit, y - unit, x + unit, y + unit),
            fill=WHITE,
            outline=palette["dark"],
            width=round(unit * 0.3),
        )
    draw.line((width * 0.06, floor, width * 0.94, floor), fill=WHITE, width=round(unit * 0.4))


def scene_optics(canvas, palette, rng) -> None:
    width, height = canvas.size
    unit = width / 100
    module = (width * 0.58, height * 0.3, width * 0.86, height * 0.7)
    beams = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    beam_draw = ImageDraw.Draw(beams)
    for index in range(7):
        y_start = height * (0.12 + index * 0.12)
        y_end = module[1] + (module[3] - module[1]) * (index + 0.5) / 7
        colour = mix(palette["light"], palette["accent"], index / 6)
        points = []
        for step in range(41):
            t = step / 40
            ease = t * t * (3 - 2 * t)
            points.append(
                (width * 0.02 + (module[0] - width * 0.02) * t, y_start + (y_end - y_start) * ease)
            )
        beam_draw.line(points, fill=(*colour, 255), width=round(unit * 0.9), joint="curve")
    blurred = beams.filter(ImageFilter.GaussianBlur(unit * 1.2))
    canvas.paste(blurred, (0, 0), blurred)
    canvas.paste(beams, (0, 0), beams)
    draw = ImageDraw.Draw(canvas, "RGBA")
    draw.rounded_rectangle(
        module,
        radius=unit * 1.5,
        fill=mix(palette["dark"], INK, 0.5),
        outline=palette["light"],
        width=round(unit * 0.4),
    )
    left, top, right, bottom = module
    for index in range(4):
        x = left + (right - left) * (0.15 + index * 0.2)
        draw.rectangle(
            (x, top + unit * 3, x + (right - left) * 0.12, bottom - unit * 3),
            fill=with_alpha(palette["accent"], 200),
        )
    glow(canvas, (left, (top + bottom) / 2), unit * 9, palette["light"], 160)


def scene_water(canvas, palette, rng) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    for band in range(4):
        base = height * (0.58 + band * 0.1)
        phase = band * 1.3
        colour = mix(palette["light"], palette["dark"], band / 4)
        wave = [
            (x, base + math.sin(x / width * math.pi * 4 + phase) * unit * 2)
            for x in range(0, width + 20, 20)
        ]
        draw.polygon([*wave, (width, height), (0, height)], fill=with_alpha(colour, 210))
    for index, (x, y, size) in enumerate(
        ((0.5, 0.32, 11), (0.3, 0.4, 6), (0.7, 0.38, 7), (0.2, 0.2, 4), (0.8, 0.16, 5))
    ):
        cx, cy, radius = width * x, height * y, unit * size
        draw.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            fill=mix(palette["light"], WHITE, 0.25 if index else 0.1),
        )
        draw.polygon(
            [
                (cx - radius * 0.92, cy - radius * 0.4),
                (cx, cy - radius * 2.1),
                (cx + radius * 0.92, cy - radius * 0.4),
            ],
            fill=mix(palette["light"], WHITE, 0.25 if index else 0.1),
        )
        draw.arc(
            (cx - radius * 0.6, cy - radius * 0.6, cx + radius * 0.6, cy + radius * 0.6),
            100,
            170,
            fill=WHITE,
            width=round(unit * 0.5),
        )
    # A circular arrow: water used again.
    cx, cy, radius = width * 0.5, height * 0.32, unit * 17
    draw.arc(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        200,
        500,
        fill=with_alpha(WHITE, 200),
        width=round(unit * 0.8),
    )


def scene_factory(canvas, palette, rng) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    ground = height * 0.78
    body = mix(palette["dark"], INK, 0.5)
    draw.rectangle((width * 0.1, ground - height * 0.25, width * 0.62, ground), fill=body)
    teeth = 5
    for index in range(teeth):
        left = width * 0.1 + (width * 0.52) * index / teeth
        right = left + width * 0.52 / teeth
        draw.polygon(
            [
                (left, ground - height * 0.25),
                (left, ground - height * 0.4),
                (right, ground - height * 0.25),
            ],
            fill=body,
        )
        draw.rectangle(
            (left + unit * 1.5, ground - height * 0.19, right - unit * 1.5, ground - height * 0.12),
            fill=with_alpha(palette["light"], 200),
        )
    draw.rectangle((width * 0.66, ground - height * 0.55, width * 0.7, ground), fill=body)
    for index in range(3):
        radius = unit * (2.5 + index * 1.4)
        x, y = width * (0.69 + index * 0.035), ground - height * 0.6 - index * unit * 5
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=with_alpha(WHITE, 70 - index * 15),
        )
    # A gear.
    cx, cy, radius = width * 0.82, ground - height * 0.28, unit * 9
    teeth_points = []
    for index in range(48):
        angle = index * math.pi * 2 / 48
        r = radius * (1.18 if (index // 3) % 2 == 0 else 1.0)
        teeth_points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(teeth_points, fill=palette["accent"])
    hole = radius * 0.38
    draw.ellipse(
        (cx - hole, cy - hole, cx + hole, cy + hole), fill=mix(palette["dark"], WHITE, 0.1)
    )
    # The conveyor with boards on it.
    draw.rounded_rectangle(
        (width * 0.05, ground + unit, width * 0.95, ground + unit * 4),
        radius=unit * 1.5,
        fill=mix(palette["light"], INK, 0.5),
    )
    for index in range(7):
        x = width * (0.1 + index * 0.12)
        draw.rectangle(
            (x, ground - unit * 2.2, x + unit * 6, ground + unit * 0.6), fill=palette["light"]
        )


def scene_document(canvas, palette, rng) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    for index, (angle, shade) in enumerate(((-8, 0.55), (5, 0.75), (0, 1.0))):
        sheet = Image.new("RGBA", (round(width * 0.34), round(height * 0.76)), (0, 0, 0, 0))
        sheet_draw = ImageDraw.Draw(sheet)
        sheet_draw.rounded_rectangle(
            (0, 0, sheet.width - 1, sheet.height - 1),
            radius=unit,
            fill=(*mix(palette["dark"], WHITE, shade), 255),
        )
        if index == 2:
            for line in range(9):
                y = sheet.height * (0.14 + line * 0.08)
                length = sheet.width * (0.8 if line % 3 else 0.55)
                sheet_draw.rounded_rectangle(
                    (sheet.width * 0.1, y, sheet.width * 0.1 + length, y + unit * 1.1),
                    radius=unit * 0.5,
                    fill=mix(palette["light"], WHITE, 0.45) if line else palette["dark"],
                )
        turned = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        where = (
            round(width * 0.33 - (turned.width - sheet.width) / 2),
            round(height * 0.12 - (turned.height - sheet.height) / 2),
        )
        canvas.paste(turned, where, turned)
    draw = ImageDraw.Draw(canvas, "RGBA")
    # The seal: a red ring with a star.
    cx, cy, radius = width * 0.6, height * 0.72, unit * 8
    red = (196, 30, 58)
    draw.ellipse(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        outline=with_alpha(red, 230),
        width=round(unit * 0.9),
    )
    draw.polygon(star((cx, cy), radius * 0.5, radius * 0.2), fill=with_alpha(red, 230))
    # Ticks beside it.
    for index in range(3):
        x, y = width * 0.74, height * (0.25 + index * 0.14)
        draw.rounded_rectangle((x, y, x + unit * 5, y + unit * 5), radius=unit, fill=WHITE)
        draw.line(
            [
                (x + unit * 1.1, y + unit * 2.6),
                (x + unit * 2.2, y + unit * 3.7),
                (x + unit * 4, y + unit * 1.3),
            ],
            fill=palette["accent"],
            width=round(unit * 0.8),
            joint="curve",
        )


def scene_map(canvas, palette, rng) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    # A coast and some land, as soft blobs.
    land = [
        (width * 0.05, height * 0.15),
        (width * 0.55, height * 0.05),
        (width * 0.9, height * 0.2),
        (width * 0.95, height * 0.55),
        (width * 0.7, height * 0.75),
        (width * 0.6, height * 0.95),
        (width * 0.2, height * 0.9),
        (width * 0.08, height * 0.55),
    ]
    draw.polygon(land, fill=with_alpha(palette["light"], 55))
    cities = [(width * rng.uniform(0.12, 0.88), height * rng.uniform(0.18, 0.82)) for _ in range(6)]
    cities.sort()
    for first, second in itertools.pairwise(cities):
        (x0, y0), (x1, y1) = first, second
        lift = -abs(x1 - x0) * 0.25
        arc = []
        for step in range(31):
            t = step / 30
            arc.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t + lift * 4 * t * (1 - t)))
        for index in range(0, len(arc) - 1, 2):
            draw.line((arc[index], arc[index + 1]), fill=WHITE, width=round(unit * 0.5))
    for index, (x, y) in enumerate(cities):
        size = unit * (2.6 if index in (0, len(cities) - 1) else 1.8)
        colour = palette["accent"] if index in (0, len(cities) - 1) else WHITE
        draw.ellipse(
            (x - size * 1.8, y - size * 1.8, x + size * 1.8, y + size * 1.8),
            fill=with_alpha(colour, 60),
        )
        draw.ellipse((x - size, y - size, x + size, y + size), fill=colour)


def scene_power(canvas, palette, rng) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    body = (width * 0.22, height * 0.3, width * 0.78, height * 0.78)
    left, top, right, bottom = body
    # Cooling fins behind the module.
    for index in range(12):
        x = left + (right - left) * (index + 0.5) / 12
        draw.rounded_rectangle(
            (x - unit * 0.8, top - height * 0.16, x + unit * 0.8, top + unit),
            radius=unit * 0.5,
            fill=mix(palette["light"], WHITE, 0.3),
        )
    draw.rounded_rectangle(body, radius=unit * 2, fill=mix(palette["dark"], palette["light"], 0.3))
    for index in range(3):
        x = left + (right - left) * (0.2 + index * 0.3)
        draw.rectangle(
            (x - unit * 2.5, bottom - unit, x + unit * 2.5, bottom + unit * 6),
            fill=mix(palette["accent"], WHITE, 0.25),
        )
        draw.ellipse(
            (x - unit * 1.2, bottom + unit * 2, x + unit * 1.2, bottom + unit * 4.4),
            fill=mix(palette["dark"], INK, 0.55),
        )
    bolt = [
        (0.54, 0.36),
        (0.42, 0.56),
        (0.5, 0.56),
        (0.45, 0.72),
        (0.6, 0.5),
        (0.52, 0.5),
        (0.57, 0.36),
    ]
    draw.polygon([(width * x, height * y) for x, y in bolt], fill=palette["accent"])
    glow(canvas, (width * 0.5, height * 0.54), unit * 14, palette["accent"], 70)


def scene_people(canvas, palette, rng) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    shades = [
        mix(palette["light"], WHITE, 0.3),
        palette["accent"],
        mix(palette["light"], palette["dark"], 0.3),
        WHITE,
    ]
    for row in range(2):
        count = 5 + row
        for index in range(count):
            x = width * (index + 0.5) / count
            size = unit * (9 + row * 3)
            person(
                draw,
                x,
                height * (0.5 + row * 0.36),
                size,
                with_alpha(shades[(index + row) % len(shades)], 235),
            )
    # A badge with a plus: new members.
    cx, cy, radius = width * 0.86, height * 0.18, unit * 6
    draw.ellipse(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        fill=palette["accent"],
        outline=WHITE,
        width=round(unit * 0.7),
    )
    draw.rectangle(
        (cx - radius * 0.5, cy - radius * 0.12, cx + radius * 0.5, cy + radius * 0.12), fill=WHITE
    )
    draw.rectangle(
        (cx - radius * 0.12, cy - radius * 0.5, cx + radius * 0.12, cy + radius * 0.5), fill=WHITE
    )


def scene_display(canvas, palette, rng) -> None:
    width, height = canvas.size
    draw = ImageDraw.Draw(canvas, "RGBA")
    unit = width / 100
    panel = (width * 0.12, height * 0.12, width * 0.66, height * 0.88)
    draw.rounded_rectangle(
        panel,
        radius=unit * 1.5,
        fill=(12, 16, 24),
        outline=mix(palette["light"], WHITE, 0.3),
        width=round(unit * 0.5),
    )
    left, top, right, bottom = panel
    colours = [(255, 64, 80), (64, 220, 120), (70, 140, 255)]
    pitch = unit * 2.4
    columns, rows = int((right - left - unit * 4) / pitch), int((bottom - top - unit * 4) / pitch)
    for column in range(columns):
        for row in range(rows):
            x, y = left + unit * 2 + column * pitch, top + unit * 2 + row * pitch
            lit = 0.5 + 0.5 * math.sin(column / 3 + row / 5)
            for index, colour in enumerate(colours):
                dot = pitch * 0.16
                cx = x + pitch * (0.22 + index * 0.28)
                draw.ellipse(
                    (cx - dot, y + pitch * 0.3 - dot, cx + dot, y + pitch * 0.3 + dot),
                    fill=(*colour, round(80 + 175 * lit)),
                )
    # The driver chip beside the panel, wired to it.
    size = height * 0.26
    box = (width * 0.74, height / 2 - size / 2, width * 0.74 + size, height / 2 + size / 2)
    for index in range(6):
        y = box[1] + size * (index + 0.5) / 6
        draw.line(
            (right, y, box[0], y),
            fill=with_alpha(mix(palette["accent"], WHITE, 0.2), 220),
            width=round(unit * 0.4),
        )
    chip(draw, box, mix(palette["dark"], INK, 0.5), mix(palette["accent"], WHITE, 0.2), 6)


SCENES: dict[str, Callable[..., None]] = {
    "chip": scene_chip,
    "chiplets": lambda canvas, palette, rng: scene_chip(canvas, palette, rng, chiplets=True),
    "board": scene_board,
    "inspection": lambda canvas, palette, rng: scene_board(canvas, palette, rng, magnifier=True),
    "wafer": scene_wafer,
    "meeting": scene_meeting,
    "celebration": lambda canvas, palette, rng: scene_meeting(canvas, palette, rng, festive=True),
    "chart": scene_chart,
    "prices": lambda canvas, palette, rng: scene_chart(canvas, palette, rng, falling=True),
    "optics": scene_optics,
    "water": scene_water,
    "factory": scene_factory,
    "document": scene_document,
    "map": scene_map,
    "power": scene_power,
    "people": scene_people,
    "display": scene_display,
}


def palette_from(colours: dict[str, str]) -> dict[str, RGB]:
    """``{"dark": "#…", "light": "#…", "accent": "#…"}`` as colours."""
    return {name: rgb(value) for name, value in colours.items()}


@lru_cache(maxsize=64)
def illustration(scene: str, dark: str, light: str, accent: str) -> bytes:
    """A 1200 × 675 JPEG of ``scene`` in the given colours."""
    palette = palette_from({"dark": dark, "light": light, "accent": accent})
    size = (ILLUSTRATION_SIZE[0] * SCALE, ILLUSTRATION_SIZE[1] * SCALE)
    canvas = gradient(size, palette["dark"], mix(palette["dark"], INK, 0.45), diagonal=True)
    # Seeded so that the same arguments draw the same picture; nothing here is secret.
    seeded = random.Random(f"{scene}{dark}{light}{accent}")  # noqa: S311
    SCENES[scene](canvas, palette, seeded)
    return finish(canvas, ILLUSTRATION_SIZE, "JPEG", quality=90)


# The logos ---------------------------------------------------------------------------------


def shape_outline(
    shape: str, box: tuple[float, float, float, float]
) -> Callable[[ImageDraw.ImageDraw, object], None]:
    left, top, right, bottom = box
    cx, cy, radius = (left + right) / 2, (top + bottom) / 2, (right - left) / 2

    def paint(draw: ImageDraw.ImageDraw, fill) -> None:
        if shape == "circle":
            draw.ellipse(box, fill=fill)
        elif shape == "hexagon":
            draw.regular_polygon((cx, cy, radius), 6, rotation=30, fill=fill)
        elif shape == "diamond":
            draw.regular_polygon((cx, cy, radius), 4, rotation=45, fill=fill)
        elif shape == "shield":
            draw.rounded_rectangle((left, top, right, cy), radius=radius * 0.25, fill=fill)
            draw.polygon([(left, cy - 1), (right, cy - 1), (cx, bottom)], fill=fill)
        else:  # "square"
            draw.rounded_rectangle(box, radius=radius * 0.32, fill=fill)

    return paint


def mark(
    draw: ImageDraw.ImageDraw,
    motif: str,
    centre: tuple[float, float],
    size: float,
    colour: RGB,
    ground: RGB,
) -> None:
    """The white figure inside a logo."""
    cx, cy = centre
    stroke = max(2, round(size * 0.07))
    if motif == "chip":
        half = size * 0.3
        chip(draw, (cx - half, cy - half, cx + half, cy + half), colour, colour, 4)
        inner = half * 0.45
        draw.rectangle((cx - inner, cy - inner, cx + inner, cy + inner), fill=ground)
    elif motif == "traces":
        for offset in (-1, 0, 1):
            x = cx + offset * size * 0.22
            points = [
                (x, cy + size * 0.42),
                (x, cy),
                (x + size * 0.2, cy - size * 0.2),
                (x + size * 0.2, cy - size * 0.36),
            ]
            trace(draw, points, colour, stroke, stroke * 1.1)
    elif motif == "wave":
        for row in (-1, 0, 1):
            points = [
                (
                    cx - size * 0.42 + step * size * 0.021,
                    cy + row * size * 0.22 + math.sin(step / 40 * math.pi * 2) * size * 0.08,
                )
                for step in range(41)
            ]
            draw.line(points, fill=colour, width=stroke, joint="curve")
    elif motif == "rings":
        for scale in (0.42, 0.27):
            r = size * scale
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=stroke)
        r = size * 0.1
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    elif motif == "rays":
        r = size * 0.14
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
        for index in range(8):
            angle = index * math.pi / 4
            draw.line(
                (
                    cx + math.cos(angle) * size * 0.24,
                    cy + math.sin(angle) * size * 0.24,
                    cx + math.cos(angle) * size * 0.42,
                    cy + math.sin(angle) * size * 0.42,
                ),
                fill=colour,
                width=stroke,
            )
    elif motif == "layers":
        for index in range(3):
            y = cy - size * 0.2 + index * size * 0.2
            draw.polygon(
                [
                    (cx, y - size * 0.16),
                    (cx + size * 0.4, y),
                    (cx, y + size * 0.16),
                    (cx - size * 0.4, y),
                ],
                fill=colour if index != 1 else mix(colour, ground, 0.35),
            )
    elif motif == "grid":
        cell = size * 0.2
        for column in (-1, 0, 1):
            for row in (-1, 0, 1):
                x, y = cx + column * cell * 1.3, cy + row * cell * 1.3
                if (column, row) == (1, 1):
                    continue
                draw.rounded_rectangle(
                    (x - cell / 2, y - cell / 2, x + cell / 2, y + cell / 2),
                    radius=cell * 0.2,
                    fill=colour,
                )
    elif motif == "gear":
        points = []
        for index in range(32):
            angle = index * math.pi * 2 / 32
            r = size * (0.4 if (index // 2) % 2 == 0 else 0.32)
            points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
        draw.polygon(points, fill=colour)
        r = size * 0.14
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=ground)
    elif motif == "mountains":
        draw.polygon(
            [
                (cx - size * 0.44, cy + size * 0.28),
                (cx - size * 0.12, cy - size * 0.3),
                (cx + size * 0.1, cy + size * 0.02),
                (cx + size * 0.2, cy - size * 0.14),
                (cx + size * 0.44, cy + size * 0.28),
            ],
            fill=colour,
        )
        points = [
            (
                cx - size * 0.44 + step * size * 0.022,
                cy + size * 0.4 + math.sin(step / 40 * math.pi * 3) * size * 0.04,
            )
            for step in range(41)
        ]
        draw.line(points, fill=colour, width=stroke, joint="curve")
    elif motif == "bolt":
        bolt = [
            (0.08, -0.42),
            (-0.2, 0.06),
            (0.0, 0.06),
            (-0.08, 0.42),
            (0.22, -0.08),
            (0.02, -0.08),
            (0.12, -0.42),
        ]
        draw.polygon([(cx + x * size, cy + y * size) for x, y in bolt], fill=colour)
    elif motif == "drop":
        r = size * 0.26
        draw.ellipse((cx - r, cy - r + size * 0.1, cx + r, cy + r + size * 0.1), fill=colour)
        draw.polygon(
            [
                (cx - r * 0.93, cy - r * 0.3 + size * 0.1),
                (cx, cy - size * 0.42),
                (cx + r * 0.93, cy - r * 0.3 + size * 0.1),
            ],
            fill=colour,
        )
    else:  # "lens"
        r = size * 0.32
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=stroke)
        draw.line((cx - size * 0.44, cy, cx + size * 0.44, cy), fill=colour, width=stroke)
        draw.line((cx, cy - size * 0.44, cx, cy + size * 0.44), fill=colour, width=stroke)


@lru_cache(maxsize=128)
def logo(motif: str, shape: str, colour: str) -> bytes:
    """A square PNG logo: ``motif`` in white on ``shape`` in ``colour``, on white."""
    size = LOGO_SIZE * SCALE
    canvas = Image.new("RGB", (size, size), WHITE)
    draw = ImageDraw.Draw(canvas, "RGBA")
    ground = rgb(colour)
    box = (size * 0.1, size * 0.1, size * 0.9, size * 0.9)
    shape_outline(shape, box)(draw, ground)
    centre_y = size * (0.44 if shape == "shield" else 0.5)
    mark(draw, motif, (size / 2, centre_y), size * 0.62, WHITE, ground)
    return finish(canvas, (LOGO_SIZE, LOGO_SIZE), "PNG", optimize=True)


def _turned(centre: float, cos: int, sin: int, out: float, across: float):
    return (centre + cos * out - sin * across, centre + sin * out + cos * across)


@lru_cache(maxsize=4)
def site_logo(colour: str) -> bytes:
    """The association's mark: a chip with tracks running out to a ring, on a white disc
    (so that it stands on any header colour); transparent around the disc."""
    size = SITE_LOGO_SIZE * SCALE
    brand = rgb(colour)
    canvas = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(canvas, "RGBA")
    centre = size / 2
    draw.ellipse((size * 0.02, size * 0.02, size * 0.98, size * 0.98), fill=WHITE)
    ring = size * 0.4
    draw.ellipse(
        (centre - ring, centre - ring, centre + ring, centre + ring),
        outline=brand,
        width=round(size * 0.035),
    )
    stroke = size * 0.03
    pitch = size * 0.075
    # Three tracks leave each side of the chip; the outer two bend away at 45°.
    for turn in range(4):
        # (out, across) from the middle, turned a quarter at a time.
        cos, sin = round(math.cos(turn * math.pi / 2)), round(math.sin(turn * math.pi / 2))
        at = functools.partial(_turned, centre, cos, sin)
        for lane in (-1, 0, 1):
            straight = size * (0.24 if lane else 0.31)
            points = [at(size * 0.15, lane * pitch), at(straight, lane * pitch)]
            if lane:
                reach = size * 0.06
                points.append(at(straight + reach, lane * (pitch + reach)))
            trace(draw, points, brand, stroke, stroke * 1.25)
    half = size * 0.16
    draw.rounded_rectangle(
        (centre - half, centre - half, centre + half, centre + half),
        radius=size * 0.025,
        fill=brand,
    )
    inner = size * 0.07
    draw.rounded_rectangle(
        (centre - inner, centre - inner, centre + inner, centre + inner),
        radius=size * 0.012,
        fill=WHITE,
    )
    return finish(canvas, (SITE_LOGO_SIZE, SITE_LOGO_SIZE), "PNG", optimize=True)
