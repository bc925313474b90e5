"""A crfsuite model's weights read into Python, and the arithmetic crfsuite does with them, step for step.

python-crfsuite takes every attribute of every item as a Python string, copies it into C++ and looks it up
in the model's hash database, on each call: a figure's indicator window (``extract.indicator_tagger``) is
about 380 attribute strings, most of them the same few thousand words' and places' attributes again and
again. Read into a dict here, the weights of an attribute are looked up once and kept with the word or
place that made it (the tagger caches them beside its strings), so a window is scored with a few lookups.

The scores are crfsuite's to the last bit: a state score adds the weights of an item's attributes in the
order the item lists them, starting from 0.0 (crf1d_tag.c, ``crf1dt_state_score``; an attribute the model
has no weight for adds nothing, as crfsuite skips it), and :func:`marginals` is its scaled forward-backward
(crf1d_context.c, ``crf1dc_alpha_score``, ``crf1dc_beta_score``, ``crf1dc_marginal_point``) with the same
operations in the same order, ``exp`` being the C library's in both. The model file format is crfsuite's
(crf1d_model.c): a header, a feature array, labels and attributes in two CQDB string databases, and for each
attribute the ids of its features.
"""
from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["CrfWeights", "read_weights", "pair", "marginals"]

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = struct.Struct("<IIId")  # type (0 state, 1 transition), source, destination, weight
_STATE, _TRANSITION = 0, 1


@dataclass(frozen=True, eq=False)  # hashed by identity: one per model file
class CrfWeights:
    """A first-order crfsuite model: its labels (by id), each attribute's weight for each label (0.0 where it has
    no feature) and the transition weights from label to label."""

    labels: tuple[str, ...]
    state: dict[str, tuple[float, ...]]
    transitions: tuple[tuple[float, ...], ...]

    @property
    def zero(self) -> tuple[float, ...]:
        """The weights of an attribute the model does not know."""
        return (0.0,) * len(self.labels)

    def weights(self, attribute: str) -> tuple[float, ...]:
        """An attribute's weight per label; crfsuite reads an attribute as a C string, up to a NUL."""
        if "\x00" in attribute:
            attribute = attribute.split("\x00", 1)[0]
        return self.state.get(attribute) or self.zero


def _strings(data: bytes, offset: int, count: int) -> list[str]:
    """The strings of a CQDB chunk by id (cqdb.c: a header, 256 hash tables, then a backward array of each id's
    record offset; a record is its id, its key's size with the NUL, and the key)."""
    magic, _, _, _, num, backward = struct.unpack_from("<4sIIIII", data, offset)
    if magic != b"CQDB":
        raise ValueError("not a crfsuite model: no CQDB chunk")
    out = [""] * count
    for record in struct.unpack_from(f"<{num}I", data, offset + backward):
        if record:
            key_id, size = struct.unpack_from("<II", data, offset + record)
            start = offset + record + 8
            out[key_id] = data[start:start + size - 1].decode("utf-8")
    return out


def read_weights(path: Path) -> CrfWeights:
    """A crfsuite model file's weights."""
    data = path.read_bytes()
    (magic, _, kind, _, _, n_labels, n_attrs, off_features, off_labels, off_attrs, _,
     off_attrrefs) = _HEADER.unpack_from(data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: not a first-order crfsuite model")
    chunk, _, n_features = _CHUNK.unpack_from(data, off_features)
    start = off_features + _CHUNK.size
    features = list(_FEATURE.iter_unpack(data[start:start + _FEATURE.size * n_features]))
    transitions = [[0.0] * n_labels for _ in range(n_labels)]
    for ftype, src, dst, weight in features:
        if ftype == _TRANSITION:
            transitions[src][dst] = weight  # crf1dt_transition_score: set, not added
    names = _strings(data, off_attrs, n_attrs)
    chunk, _, n_refs = _CHUNK.unpack_from(data, off_attrrefs)
    if chunk != b"AFRF" or n_refs != n_attrs:
        raise ValueError(f"{path}: no attribute references")
    state: dict[str, tuple[float, ...]] = {}
    for aid, ref in enumerate(struct.unpack_from(f"<{n_attrs}I", data, off_attrrefs + _CHUNK.size)):
        (n,) = struct.unpack_from("<I", data, ref)
        if not n:
            continue
        vec = [0.0] * n_labels
        for fid in struct.unpack_from(f"<{n}I", data, ref + 4):  # in crfsuite's order
            _, _, dst, weight = features[fid]
            vec[dst] += weight
        state[names[aid]] = tuple(vec)
    return CrfWeights(tuple(_strings(data, off_labels, n_labels)), state, tuple(map(tuple, transitions)))


@cache
def _exp_transitions(model: CrfWeights) -> tuple[float, float, float, float]:
    (t00, t01), (t10, t11) = model.transitions
    return math.exp(t00), math.exp(t01), math.exp(t10), math.exp(t11)


def pair(weights: tuple[float, ...]) -> complex:
    """A two-label model's weights (or scores) as one complex number: label 0's the real part, label 1's the imaginary.
    Complex addition adds each part as float addition does, so a sum of pairs is both labels' sums, bit for bit."""
    w0, w1 = weights
    return complex(w0, w1)


def marginals(model: CrfWeights, scores: list[complex], label: int) -> list[float]:
    """The marginal probability of ``label`` at each item of a sequence, for a two-label model whose state scores
    (added as crfsuite adds them) are ``scores`` (:func:`pair`): crfsuite's ``Tagger.marginal(label, t)``."""
    t00, t01, t10, t11 = _exp_transitions(model)
    exp = math.exp
    n = len(scores)
    e0s = [exp(s.real) for s in scores]
    e1s = [exp(s.imag) for s in scores]
    mine = [0.0] * n  # the scaled forward score of ``label`` at each item
    scale = [0.0] * n
    a0, a1 = e0s[0], e1s[0]
    total = 0.0 + a0 + a1
    c = 1.0 / total if total != 0.0 else 1.0
    a0 *= c
    a1 *= c
    mine[0], scale[0] = (a1 if label else a0), c
    for t in range(1, n):
        n0 = (0.0 + a0 * t00 + a1 * t10) * e0s[t]
        n1 = (0.0 + a0 * t01 + a1 * t11) * e1s[t]
        total = 0.0 + n0 + n1
        c = 1.0 / total if total != 0.0 else 1.0
        a0, a1 = n0 * c, n1 * c
        mine[t], scale[t] = (a1 if label else a0), c
    out = [0.0] * n
    b0 = b1 = scale[n - 1]
    out[n - 1] = mine[n - 1] * (b1 if label else b0) / scale[n - 1]
    for t in range(n - 2, -1, -1):
        r0, r1 = b0 * e0s[t + 1], b1 * e1s[t + 1]
        c = scale[t]
        b0 = (0.0 + t00 * r0 + t01 * r1) * c
        b1 = (0.0 + t10 * r0 + t11 * r1) * c
        out[t] = mine[t] * (b1 if label else b0) / c
    return out
