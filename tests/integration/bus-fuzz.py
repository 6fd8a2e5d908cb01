#!/usr/bin/python3
"""D-Bus fuzz test of interposer-helper (issue 16).

Thousands of calls with random methods, object paths, interfaces,
signatures, a{sv} keys and value types, huge and odd strings and odd file
descriptors, against the real Manager/Authorizer/Session code of the fake
helper (tests/integration/fake-helper.cpp, built with ASan/UBSan when
INTERPOSER_SANITIZE is on) on a private system bus, with the polkitd mock
of bus-test.py. The calls come from uid 65534 (root callers are allowed
without polkit: helper/src/authorizer.cpp), in a client process of this
script started through setpriv.

Phase 1: polkit denies every action. Nothing may change: the helper prints
no "change:" and no "probe: exclusive-open" line, no mutating call
succeeds, root's sessions and export job stay as they were.
Phase 2 (shorter): polkit allows every action; calls may change state.
Both phases start with a pile-up of pending authorizations (polkit holds
its answers) that the helper must bound per caller and in total.
Throughout: the helper stays alive, its stderr has no sanitizer report,
no call hangs, and every error reply is a named org.interposer.Error.* or
one of the few names the D-Bus libraries give to calls that never reach
the helper's code (FOREIGN below). At the end root detaches everything and
no session is left.

The calls are a function of the seed only (random.Random(seed)); the run
stops issuing calls after a time budget or a call count, whichever comes
first.

    bus-fuzz.py FAKE_HELPER [--seed N] [--seconds S] [--calls N] [--keep]
"""

import argparse
import collections
import importlib.util
import json
import os
import random
import select
import signal
import socket
import subprocess
import sys
import threading
import time

NOBODY = 65534
HELPER = 'org.interposer.Helper1'
MANAGER = '/org/interposer/Helper1'
SESSIONS = '/org/interposer/Helper1/sessions'
JOBS = '/org/interposer/Helper1/jobs'
I_MANAGER = 'org.interposer.Helper1.Manager'
I_SESSION = 'org.interposer.Helper1.Session'
I_JOB = 'org.interposer.Helper1.Job'
I_PROPS = 'org.freedesktop.DBus.Properties'
I_OM = 'org.freedesktop.DBus.ObjectManager'
I_INTRO = 'org.freedesktop.DBus.Introspectable'
I_PEER = 'org.freedesktop.DBus.Peer'
ACTIONS = ('attach', 'snapshot', 'overwrite-store', 'fail-writes', 'detach', 'reconfigure', 'export')

# Error names other than org.interposer.Error.* that a reply may carry:
# those QtDBus's dispatcher (qdbusintegrator.cpp, qdbusinternalfilters.cpp)
# gives to a call that never reached the helper's code:
#   UnknownObject     nothing is registered at the path (a session or job
#                     path may also name one that has just ended);
#   UnknownInterface  the object has no interface of that name;
#   UnknownMethod     no slot of that name *and signature*: QtDBus picks a
#                     slot by both, so a wrong signature lands here too;
#   UnknownProperty   Properties.Get/Set of a property the interface lacks;
#   PropertyReadOnly  Properties.Set: every property of the API is read-only.
# They are accepted only for calls that are not well-formed calls of the
# API (judge(), Call.info()): a well-formed Attach, Detach, Reconfigure,
# ExportSnapshot, Cancel or GetManagedObjects, or a Get/GetAll of a
# property the XML declares, must be answered by the helper itself
# (success or org.interposer.Error.*), except UnknownObject for a session
# or job path, which may name no object. Not accepted, though the library
# can produce them: InvalidArgs and InvalidSignature (QtDBus gives them for
# a Set of a *writable* property with a value of the wrong type, and the
# API has none; a wrong signature of a method gives UnknownMethod), so
# either would mean a change worth a look. Never acceptable: NoReply or a
# local timeout (a hang), ServiceUnknown, NameHasNoOwner, Disconnected (the
# helper is gone), org.freedesktop.DBus.Error.Failed or any other generic
# name (the helper's code failed without naming why),
# org.qtproject.QtDBus.Error.* (QtDBus could not marshal the helper's
# answer), LimitsExceeded or AccessDenied (the bus refused: a broken
# setup).
FOREIGN = {
    'org.freedesktop.DBus.Error.UnknownMethod',
    'org.freedesktop.DBus.Error.UnknownObject',
    'org.freedesktop.DBus.Error.UnknownInterface',
    'org.freedesktop.DBus.Error.UnknownProperty',
    'org.freedesktop.DBus.Error.PropertyReadOnly',
}
OURS = 'org.interposer.Error.'
# Replies that say the helper is gone: the run stops at the first.
GONE = {'org.freedesktop.DBus.Error.ServiceUnknown', 'org.freedesktop.DBus.Error.NameHasNoOwner',
        'org.freedesktop.DBus.Error.NoReply', 'org.freedesktop.DBus.Error.Disconnected'}
# What the helper's stderr must never contain.
CRASH_MARKERS = ('AddressSanitizer', 'LeakSanitizer', 'UndefinedBehaviorSanitizer', 'runtime error:',
                 'SUMMARY: ', 'QFATAL', 'Fatal:', 'terminate called', 'Assertion', 'ASSERT', 'Aborted',
                 'Segmentation fault')

# The API as the XML declares it: (interface, member) -> (signature,
# the kind of object path it lives on, whether it changes anything).
API = {
    (I_MANAGER, 'Attach'): ('ssa{sv}', 'manager', True),
    (I_OM, 'GetManagedObjects'): ('', 'manager', False),
    (I_SESSION, 'Detach'): ('a{sv}', 'session', True),
    (I_SESSION, 'Reconfigure'): ('a{sv}', 'session', True),
    (I_SESSION, 'ExportSnapshot'): ('ha{sv}', 'session', True),
    (I_JOB, 'Cancel'): ('', 'job', True),
}
PROPERTIES = {
    I_MANAGER: ('Version', 'KernelModule', 'SupportedKinds', 'Unsupported'),
    I_SESSION: ('Device', 'DeviceNumber', 'Kind', 'Options', 'State', 'Interposer', 'SnapshotDevice',
                'SnapshotUsage', 'StartedByUID', 'Started'),
    I_JOB: ('Progress', 'Rate'),
}
PATH_INTERFACE = {'manager': I_MANAGER, 'session': I_SESSION, 'job': I_JOB}


def path_kind(path):
    if path == MANAGER:
        return 'manager'
    for prefix, kind in ((SESSIONS + '/', 'session'), (JOBS + '/', 'job')):
        if path.startswith(prefix) and '/' not in path[len(prefix):]:
            return kind
    return 'other'


# --- the client: runs as uid 65534, makes the calls ----------------------

DEVICES = ['/dev/sda1', '/dev/sda2', '/dev/sdb', '/dev/sdc', '/dev/sdd', '/dev/sde', '/dev/sdf', '/dev/loop63',
           '/dev/disk/by-uuid/1111-aaaa', '/dev/disk/by-label/scratch', '/dev/sda', '/dev/sr0', '/dev/dm-0',
           '/dev/mapper/vg-data', '/dev/mapper/interposer-8_64', '/dev/mapper/interposer-8_64-snap',
           '/dev/ipbypass0', '/dev/ipbypass1', '/dev/loop0', '/dev/null', '/etc/passwd', '/dev/nope',
           '/dev/sdb/', '/dev//sdb', '/dev/../dev/sdb', '/dev/./sdc', 'relative', 'sdb', '', '/',
           '/proc/self/fd/0', '/dev/sda1\n', ' /dev/sdb']
STORES = ['/store', '/tiny', '/home/user/store', '/open', '/fuse', '/anonymous', '/on-loop', '/small',
          '/on-sda1', '/on-vg-data', '/store/', '/store/..', '/nonexistent', '/proc/self/fd/3', '/dev/sdb',
          '/dev/sdc', '/dev/sdf', '/dev/sdd', '/dev/loop63', '/dev/sda1', '/dev/sde', '/dev/disk/by-label/scratch',
          '/dev/disk/by-uuid/1111-aaaa', '/dev/sda2', '/dev/null']
KINDS = ['linear', 'delay', 'snapshot', 'flakey', '', 'LINEAR', 'Linear', 'mirror', 'snapshot-origin', 'zero',
         'error', 'delay ', 'linear\n', 'crypt', 'thin']
KEYS = ['read-ms', 'write-ms', 'flush-ms', 'up-seconds', 'down-seconds', 'mode', 'store', 'store-size',
        'chunk-sectors', 'store-overwrite', 'auth.no_user_interaction']
ODD_KEYS = ['force', 'bogus', '', 'store ', 'Store', 'READ-MS', 'read_ms', 'auth.no_user_interaction\n',
            'auth.', 'mode\u202e', 'x' * 300]
MODES = ['error-reads', 'error-writes', 'drop-writes', '', 'drop', 'ERROR-READS', 'error-reads ', 'corrupt-bio']
U32 = [0, 1, 2, 5, 7, 8, 9, 16, 1000, 2047, 2048, 2049, 4096, 59999, 60000, 60001, 86400, 86401,
       2 ** 31 - 1, 2 ** 31, 2 ** 32 - 5, 2 ** 32 - 1]
U64 = [0, 1, 4096, (16 << 20) - 1, 16 << 20, 1 << 30, 20 << 30, 1 << 40, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1]
ODD_STRINGS = ['%s%n%x%p', '\\', '\\x0a', '\n', '\r\n', '\t', '\x1b[2J', '\x7f', '\u0085', '\u2028', '\u2029',
               '\u202e', '\ufeff', '\ufffe', '\uffff', '\U0010ffff', '\U0001f4a9', 'e\u0301', '../../../etc/shadow',
               '/dev/sda1\nFORGED: attach 8:1 by uid 0', "'; DROP TABLE", '${HOME}', '$(reboot)', '`id`',
               '/proc/self/fd/../../../dev/sdb', '/dev/' + 'a' * 300, '/' + 'x/' * 2100, ' ', '\x01\x02\x03']


def rand_name(rng, lo=1, hi=12):
    first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'
    rest = first + '0123456789'
    n = rng.randint(lo, hi)
    return rng.choice(first) + ''.join(rng.choice(rest) for _ in range(n - 1))


def rand_unicode(rng, n):
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.6:
            out.append(chr(rng.randint(0x20, 0x7e)))
        elif r < 0.7:
            out.append(chr(rng.randint(1, 0x1f)))
        elif r < 0.9:
            c = rng.randint(0x80, 0xffff)
            out.append(chr(c) if not 0xd800 <= c <= 0xdfff else 'x')
        else:
            out.append(chr(rng.randint(0x10000, 0x10ffff)))
    return ''.join(out)


def rand_string(rng, huge_ok=True):
    r = rng.random()
    if r < 0.25:
        return rng.choice(DEVICES + STORES)
    if r < 0.45:
        return rng.choice(ODD_STRINGS)
    if r < 0.6:
        base = rng.choice(DEVICES + STORES)
        return base + rand_unicode(rng, rng.randint(1, 8))
    if r < 0.9 or not huge_ok:
        return rand_unicode(rng, rng.randint(0, 64))
    # Huge: up to 1 MiB, rarely 8 MiB (the bus allows 32 MiB a message).
    size = rng.choice([4096, 65536, 1 << 20, 1 << 20, 8 << 20] if rng.random() < 0.2 else [1000, 4096, 65536])
    unit = rng.choice(['a', '/', '\u00e9', '\U0001f4a9', '/dev/sda1', '\n'])
    return (unit * (size // len(unit.encode()) + 1))[:size]


def rand_path(rng):
    r = rng.random()
    if r < 0.4:
        return SESSIONS + '/' + rng.choice(SESSION_IDS + [rand_name(rng)])
    if r < 0.55:
        return JOBS + '/' + rng.choice([str(n) for n in range(0, 9)] + ['999999999999', 'x', '01', rand_name(rng)])
    if r < 0.7:
        return rng.choice(['/', '/org', '/org/interposer', MANAGER, SESSIONS, JOBS, '/org/interposer/Helper2',
                           '/org/freedesktop/DBus', MANAGER + '/x'])
    if r < 0.95:
        return '/' + '/'.join(rand_name(rng, 1, 20) for _ in range(rng.randint(1, 6)))
    return '/' + '/'.join('p' for _ in range(rng.randint(100, 1500)))


SESSION_IDS = ['8_1', '8_2', '8_16', '8_32', '8_48', '8_64', '8_80', '7_63', '8_0', '11_0', '253_0', '8_99', '0_0']


class Ctx:
    """What one call carries besides its body: the fds to send."""

    def __init__(self):
        self.fds = []  # our own descriptors; the fd list dups them


def rand_leaf(rng, ctx):
    from gi.repository import GLib
    t = rng.choice('bynqiuxtdsoghs')
    if t == 'b':
        return GLib.Variant('b', rng.random() < 0.5)
    if t == 'y':
        return GLib.Variant('y', rng.randrange(256))
    if t == 'n':
        return GLib.Variant('n', rng.choice([0, -1, 32767, -32768]))
    if t == 'q':
        return GLib.Variant('q', rng.choice([0, 1, 65535]))
    if t == 'i':
        return GLib.Variant('i', rng.choice([0, -1, 5, 2 ** 31 - 1, -2 ** 31]))
    if t == 'u':
        return GLib.Variant('u', rng.choice(U32))
    if t == 'x':
        return GLib.Variant('x', rng.choice([0, -1, 2 ** 63 - 1, -2 ** 63, 16 << 20]))
    if t == 't':
        return GLib.Variant('t', rng.choice(U64))
    if t == 'd':
        return GLib.Variant('d', rng.choice([0.0, -0.0, 1.5, -1e308, 1e308, float('inf'), float('nan'), 5.0]))
    if t == 'o':
        return GLib.Variant('o', rand_path(rng))
    if t == 'g':
        return GLib.Variant('g', rng.choice(['', 's', 'a{sv}', 'v', '(ii)', 'aaaai']))
    if t == 'h':
        # A handle: an index into the message's fds, or past their end
        # (the receiver then sees an invalid, "closed" descriptor).
        return GLib.Variant('h', rng.randrange(max(1, len(ctx.fds) + 2)))
    return GLib.Variant('s', rand_string(rng, huge_ok=rng.random() < 0.2))


def rand_value(rng, ctx, depth=0):
    """Any D-Bus value, nested at most a few levels."""
    from gi.repository import GLib
    if depth >= 5 or rng.random() < 0.55:
        return rand_leaf(rng, ctx)
    t = rng.choice(['v', 'v', 'ay', 'as', 'au', 'at', 'a{sv}', 'a{ss}', 'a{us}', 'av', 'struct', 'aas'])
    if t == 'v':
        return GLib.Variant('v', rand_value(rng, ctx, depth + 1))
    if t == 'ay':
        n = rng.choice([0, 1, 16, 4096, 1 << 20]) if rng.random() < 0.9 else 0
        data = bytes(rng.getrandbits(8) for _ in range(min(n, 4096))) * max(1, n // 4096)
        return GLib.Variant.new_from_bytes(GLib.VariantType('ay'), GLib.Bytes.new(data), True)
    if t == 'as':
        return GLib.Variant('as', [rand_string(rng, huge_ok=False) for _ in range(rng.randint(0, 5))])
    if t == 'au':
        return GLib.Variant('au', [rng.choice(U32) for _ in range(rng.randint(0, 5))])
    if t == 'at':
        return GLib.Variant('at', [rng.choice(U64) for _ in range(rng.randint(0, 5))])
    if t == 'a{sv}':
        return rand_options(rng, ctx, depth + 1)
    if t == 'a{ss}':
        return GLib.Variant('a{ss}', {rng.choice(KEYS + ODD_KEYS): rand_string(rng, huge_ok=False)
                                      for _ in range(rng.randint(0, 4))})
    if t == 'a{us}':
        return GLib.Variant('a{us}', {rng.choice(U32): rand_string(rng, huge_ok=False)
                                      for _ in range(rng.randint(0, 3))})
    if t == 'av':
        return GLib.Variant.new_array(GLib.VariantType('v'), [GLib.Variant('v', rand_value(rng, ctx, depth + 1))
                                                              for _ in range(rng.randint(0, 4))])
    if t == 'aas':
        return GLib.Variant('aas', [[rand_string(rng, huge_ok=False)] for _ in range(rng.randint(0, 3))])
    return GLib.Variant.new_tuple(*[rand_value(rng, ctx, depth + 1) for _ in range(rng.randint(1, 4))])


def option_value(rng, key, ctx, depth):
    """Mostly the type the helper expects, with edge values; else anything."""
    from gi.repository import GLib
    if rng.random() < 0.25:
        return rand_value(rng, ctx, depth)
    if key in ('read-ms', 'write-ms', 'flush-ms', 'up-seconds', 'down-seconds', 'chunk-sectors'):
        return GLib.Variant('u', rng.choice(U32))
    if key == 'store-size':
        return GLib.Variant('t', rng.choice(U64))
    if key == 'mode':
        return GLib.Variant('s', rng.choice(MODES) if rng.random() < 0.8 else rand_string(rng))
    if key == 'store':
        return GLib.Variant('s', rng.choice(STORES) if rng.random() < 0.7 else rand_string(rng))
    if key in ('store-overwrite', 'auth.no_user_interaction'):
        return GLib.Variant('b', rng.random() < 0.5)
    return rand_value(rng, ctx, depth)


def rand_options(rng, ctx, depth=0, kind=None):
    """An a{sv}: known keys (those of the kind, mostly), odd keys, random
    value types, now and then a key twice (legal on the wire)."""
    from gi.repository import GLib
    per_kind = {'delay': ['read-ms', 'write-ms', 'flush-ms'], 'flakey': ['up-seconds', 'down-seconds', 'mode'],
                'snapshot': ['store', 'store-size', 'chunk-sectors', 'store-overwrite']}
    entries = []
    n = rng.choice([0, 0, 1, 1, 2, 2, 3, 4, 5, 12])
    if kind in per_kind and rng.random() < 0.7:
        keys = [k for k in per_kind[kind] if rng.random() < 0.7]
        if kind == 'snapshot' and rng.random() < 0.9 and 'store' not in keys:
            keys.append('store')
    else:
        keys = []
    for _ in range(n):
        r = rng.random()
        keys.append(rng.choice(KEYS) if r < 0.7 else rng.choice(ODD_KEYS) if r < 0.85
                    else rand_string(rng, huge_ok=r > 0.98))
    if keys and rng.random() < 0.05:
        keys.append(rng.choice(keys))  # a duplicate key
    for k in keys:
        v = option_value(rng, k, ctx, depth + 1)
        entries.append(GLib.Variant.new_dict_entry(GLib.Variant('s', k), GLib.Variant('v', v)))
    return GLib.Variant.new_array(GLib.VariantType('{sv}'), entries)


class FdFactory:
    """Odd file descriptors for ExportSnapshot, made in the client's own
    directory (files there are on the invented sda1's filesystem)."""

    KINDS = ['fifo-rdwr', 'socket', 'directory', 'read-only', 'append', 'devnull', 'opath', 'write', 'rdwr',
             'memfd', 'pipe-write', 'pipe-read', 'eventfd', 'devzero', 'closed', 'deleted', 'proc', 'tmpfile',
             'many', 'same-twice', 'epoll']

    def __init__(self, workdir):
        self.dir = workdir
        self.fifo = os.path.join(workdir, 'target.fifo')
        if not os.path.exists(self.fifo):
            os.mkfifo(self.fifo, 0o600)
        self.file = os.path.join(workdir, 'target.img')
        self.others = [os.path.join(workdir, f'target-{n}.img') for n in range(3)]
        for f in [self.file] + self.others:
            with open(f, 'wb') as out:
                out.write(b'x' * 8192)

    def make(self, rng, kind, ctx):
        """Adds descriptors to ctx.fds; returns the handle index to send."""
        def add(fd):
            ctx.fds.append(fd)
            return len(ctx.fds) - 1
        if kind == 'fifo-rdwr':
            return add(os.open(self.fifo, os.O_RDWR))
        if kind == 'socket':
            a, b = socket.socketpair()
            fd = a.detach()
            b.close()
            return add(fd)
        if kind == 'directory':
            return add(os.open(self.dir, os.O_RDONLY | os.O_DIRECTORY))
        if kind == 'read-only':
            return add(os.open(self.file, os.O_RDONLY))
        if kind == 'append':
            return add(os.open(self.file, os.O_WRONLY | os.O_APPEND))
        if kind == 'devnull':
            return add(os.open('/dev/null', os.O_WRONLY))
        if kind == 'opath':
            return add(os.open(self.file, os.O_PATH))
        if kind == 'write':
            return add(os.open(rng.choice(self.others), os.O_WRONLY))
        if kind == 'rdwr':
            return add(os.open(rng.choice(self.others), os.O_RDWR))
        if kind == 'memfd':
            return add(os.memfd_create('fuzz'))
        if kind in ('pipe-write', 'pipe-read'):
            r, w = os.pipe()
            keep, drop = (w, r) if kind == 'pipe-write' else (r, w)
            os.close(drop)
            return add(keep)
        if kind == 'eventfd':
            return add(os.eventfd(0))
        if kind == 'devzero':
            return add(os.open('/dev/zero', os.O_RDWR))
        if kind == 'closed':
            # An index past the message's descriptors: libdbus gives the
            # receiver -1, the nearest D-Bus has to a closed descriptor.
            return len(ctx.fds) + rng.choice([0, 1, 7, 2 ** 31 - 1])
        if kind == 'deleted':
            p = os.path.join(self.dir, f'deleted-{rng.getrandbits(32)}')
            fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.unlink(p)
            return add(fd)
        if kind == 'proc':
            return add(os.open('/proc/self/status', os.O_RDONLY))
        if kind == 'tmpfile':
            return add(os.open(self.dir, os.O_TMPFILE | os.O_WRONLY, 0o600))
        if kind == 'many':
            idx = [self.make(rng, rng.choice(self.KINDS[:14]), ctx) for _ in range(rng.randint(2, 8))]
            return rng.choice(idx)
        if kind == 'same-twice':
            return self.make(rng, 'write', ctx)
        ep = select.epoll()
        fd = os.dup(ep.fileno())
        ep.close()
        return add(fd)


class Call:
    __slots__ = ('path', 'iface', 'member', 'body', 'fds', 'flags_interactive', 'no_reply', 'desc', 'fd_kind')

    def __init__(self, path, iface, member, body, ctx, desc, fd_kind=None):
        self.path, self.iface, self.member, self.body = path, iface, member, body
        self.fds = ctx.fds
        self.desc = desc
        self.fd_kind = fd_kind
        self.flags_interactive = False
        self.no_reply = False

    def signature(self):
        return self.body.get_type_string()[1:-1] if self.body is not None else ''

    def info(self):
        """How the parent judges the reply (judge())."""
        sig = self.signature()
        kind = path_kind(self.path)
        targeted = False
        mutating = False
        for (iface, member), (want_sig, want_kind, changes) in API.items():
            if member == self.member and self.iface in (iface, None):
                mutating = mutating or changes
                if sig == want_sig and kind == want_kind:
                    targeted = True
        if self.member == 'Set' and self.iface in (I_PROPS, None):
            mutating = True
        if self.member in ('Get', 'GetAll') and self.iface in (I_PROPS, None) and kind in PATH_INTERFACE:
            want = PATH_INTERFACE[kind]
            if self.member == 'Get' and sig == 'ss':
                args = self.body.unpack()
                targeted = args[0] == want and args[1] in PROPERTIES[want]
            elif self.member == 'GetAll' and sig == 's':
                targeted = self.body.unpack()[0] == want
        return {'path': self.path[:80], 'kind': kind, 'iface': self.iface, 'member': self.member[:60],
                'sig': sig[:60], 'targeted': targeted, 'mutating': mutating, 'fd': self.fd_kind,
                'desc': self.desc[:200]}


def short(v, budget=4):
    """A GLib.Variant, or a str, described in a few dozen characters."""
    if isinstance(v, str):
        s = repr(v)
        return s if len(s) <= 60 else s[:40] + f'...({len(v)} chars)'
    t = v.get_type_string()
    if t == 'ay':
        return f'ay[{v.n_children()}]'
    if t == 'v':
        return '<' + short(v.get_variant(), budget - 1) + '>'
    if t in ('s', 'o', 'g'):
        return t + ':' + short(v.get_string())
    if t[0] in 'a({':
        n = v.n_children()
        if budget <= 0:
            return f'{t}[{n}]'
        parts = [short(v.get_child_value(i), budget - 1) for i in range(min(n, 4))]
        more = f', ...{n} in all' if n > 4 else ''
        if t[0] == '{':
            return f'{parts[0]}: {parts[1]}'
        return ('{' if t.startswith('a{') else '[' if t[0] == 'a' else '(') + ', '.join(parts) + more + \
            ('}' if t.startswith('a{') else ']' if t[0] == 'a' else ')')
    return f'{t}:{v.print_(False)}'


def valid_attach(rng, ctx):
    """An Attach the helper accepts (free device, known kind, options in
    range), so that it gets as far as asking polkit."""
    from gi.repository import GLib
    device = rng.choice(['/dev/sdb', '/dev/sdf', '/dev/sda1', '/dev/disk/by-uuid/1111-aaaa', '/dev/sdd', '/dev/sdb',
                         '/dev/disk/by-label/scratch', '/dev/loop63', '/dev/sdf'])
    kind = rng.choice(['linear', 'delay', 'flakey', 'snapshot'])
    opts = {}
    if kind == 'delay':
        for k in ('read-ms', 'write-ms', 'flush-ms'):
            if rng.random() < 0.6 or not opts:
                opts[k] = GLib.Variant('u', rng.randint(1, 60000))
    elif kind == 'flakey':
        opts['up-seconds'] = GLib.Variant('u', rng.randint(0, 86400))
        opts['down-seconds'] = GLib.Variant('u', rng.randint(1, 86400))
        if rng.random() < 0.8:
            opts['mode'] = GLib.Variant('s', rng.choice(MODES[:3]))
    elif kind == 'snapshot':
        store = rng.choice(['/store', '/small', '/dev/sdb', '/dev/sdf', '/tiny', '/dev/disk/by-label/scratch'])
        opts['store'] = GLib.Variant('s', store)
        if store == '/dev/sdf' or rng.random() < 0.1:
            opts['store-overwrite'] = GLib.Variant('b', True)
        if rng.random() < 0.4:
            opts['chunk-sectors'] = GLib.Variant('u', 1 << rng.randint(3, 11))
        if rng.random() < 0.3:
            opts['store-size'] = GLib.Variant('t', rng.choice([16 << 20, 100 << 20, 1 << 30]))
    if rng.random() < 0.3:
        opts['auth.no_user_interaction'] = GLib.Variant('b', rng.random() < 0.5)
    body = GLib.Variant('(ssa{sv})', (device, kind, opts))
    return Call(MANAGER, rng.choice([I_MANAGER, None]), 'Attach', body, ctx,
                f'Attach({device!r}, {kind!r}, {short(body.get_child_value(2))})')


def valid_session_call(rng, fds, ctx):
    """Detach, Reconfigure or ExportSnapshot of a session root made
    (8_32: delay, 8_64: snapshot) with acceptable arguments."""
    from gi.repository import GLib
    member = rng.choice(['Detach', 'Reconfigure', 'ExportSnapshot'])
    opts = {}
    if rng.random() < 0.3:
        opts['auth.no_user_interaction'] = GLib.Variant('b', rng.random() < 0.5)
    if member == 'Detach':
        path = SESSIONS + '/' + rng.choice(['8_32', '8_64', '8_16', '8_80'])
        body = GLib.Variant('(a{sv})', (opts,))
    elif member == 'Reconfigure':
        path = SESSIONS + '/' + rng.choice(['8_32', '8_32', '8_16', '8_80'])
        opts[rng.choice(['read-ms', 'write-ms', 'flush-ms'])] = GLib.Variant('u', rng.randint(0, 60000))
        body = GLib.Variant('(a{sv})', (opts,))
    else:
        path = SESSIONS + '/' + rng.choice(['8_64', '8_64', '8_16', '8_80'])
        handle = fds.make(rng, rng.choice(['write', 'rdwr', 'memfd', 'tmpfile', 'deleted']), ctx)
        body = GLib.Variant('(ha{sv})', (handle, opts))
    return Call(path, rng.choice([I_SESSION, None]), member, body, ctx, f'{member}{short(body)} on {path}')


def gen_call(rng, fds):
    """One random call. Only the seed decides it, never a reply."""
    from gi.repository import GLib
    ctx = Ctx()
    r = rng.random()
    if r < 0.14:  # Attach that passes validation: polkit is asked
        c = valid_attach(rng, ctx)
    elif r < 0.18:  # Detach, Reconfigure, ExportSnapshot that polkit is asked about
        c = valid_session_call(rng, fds, ctx)
    elif r < 0.28:  # Attach, well formed
        device = rng.choice(DEVICES) if rng.random() < 0.75 else rand_string(rng)
        kind = rng.choice(KINDS[:4]) if rng.random() < 0.8 else rng.choice(KINDS + [rand_string(rng, False)])
        opts = rand_options(rng, ctx, kind=kind)
        body = GLib.Variant.new_tuple(GLib.Variant('s', device), GLib.Variant('s', kind), opts)
        c = Call(MANAGER, rng.choice([I_MANAGER] * 9 + [None]), 'Attach', body, ctx,
                 f'Attach({short(device)}, {short(kind)}, {short(opts)})')
    elif r < 0.40:  # Detach / Reconfigure, well formed
        path = SESSIONS + '/' + rng.choice(SESSION_IDS)
        member = rng.choice(['Detach', 'Reconfigure'])
        opts = rand_options(rng, ctx, kind=rng.choice(['delay', 'flakey', None]) if member == 'Reconfigure' else None)
        c = Call(path, rng.choice([I_SESSION] * 9 + [None]), member, GLib.Variant.new_tuple(opts), ctx,
                 f'{member}({short(opts)}) on {path}')
    elif r < 0.53:  # ExportSnapshot with an odd fd
        path = SESSIONS + '/' + rng.choice(['8_64', '8_64', '8_16', '8_1', '8_32'] + SESSION_IDS)
        fd_kind = rng.choice(FdFactory.KINDS)
        handle = fds.make(rng, fd_kind, ctx)
        opts = rand_options(rng, ctx) if rng.random() < 0.4 else GLib.Variant('a{sv}', {})
        c = Call(path, rng.choice([I_SESSION] * 9 + [None]), 'ExportSnapshot',
                 GLib.Variant.new_tuple(GLib.Variant('h', handle), opts), ctx,
                 f'ExportSnapshot(fd {fd_kind} #{handle} of {len(ctx.fds)}, {short(opts)}) on {path}',
                 fd_kind)
    elif r < 0.57:  # Cancel
        path = JOBS + '/' + rng.choice([str(n) for n in range(0, 9)] + ['999999999999'])
        c = Call(path, rng.choice([I_JOB, None]), 'Cancel', None, ctx, f'Cancel on {path}')
    elif r < 0.66:  # properties
        path = rng.choice([MANAGER, SESSIONS + '/' + rng.choice(SESSION_IDS), JOBS + '/1', JOBS + '/2', rand_path(rng)])
        iface = rng.choice([I_MANAGER, I_SESSION, I_JOB, '', rand_name(rng) + '.' + rand_name(rng), I_PROPS])
        prop = rng.choice(sum(PROPERTIES.values(), ()) + ('', 'Bogus', rand_string(rng, huge_ok=False)))
        if rng.random() < 0.5:  # the interface and a property of the object at the path
            iface = PATH_INTERFACE.get(path_kind(path), iface)
            prop = rng.choice(PROPERTIES.get(iface, (prop,)))
        member = rng.choice(['Get', 'Get', 'GetAll', 'Set'])
        if rng.random() < 0.15:
            body = GLib.Variant.new_tuple(*[rand_value(rng, ctx) for _ in range(rng.randint(0, 3))])
        elif member == 'Get':
            body = GLib.Variant.new_tuple(GLib.Variant('s', iface), GLib.Variant('s', prop))
        elif member == 'GetAll':
            body = GLib.Variant.new_tuple(GLib.Variant('s', iface))
        else:
            body = GLib.Variant.new_tuple(GLib.Variant('s', iface), GLib.Variant('s', prop),
                                          GLib.Variant('v', rand_value(rng, ctx)))
        c = Call(path, rng.choice([I_PROPS] * 9 + [None]), member, body, ctx,
                 f'Properties.{member}{short(body)} on {path}')
    elif r < 0.70:  # the rest of the standard interfaces
        path = rng.choice([MANAGER, SESSIONS, JOBS, '/', SESSIONS + '/8_64', rand_path(rng)])
        iface, member = rng.choice([(I_OM, 'GetManagedObjects'), (I_INTRO, 'Introspect'), (I_PEER, 'Ping'),
                                    (I_PEER, 'GetMachineId'), (None, 'GetManagedObjects'), (None, 'Introspect')])
        c = Call(path, iface, member, None, ctx, f'{iface}.{member} on {path}')
    elif r < 0.88:  # an API method with the wrong arguments
        (iface, member), (sig, kind, _) = rng.choice(list(API.items()))
        path = {'manager': MANAGER, 'session': SESSIONS + '/' + rng.choice(SESSION_IDS),
                'job': JOBS + '/' + str(rng.randint(0, 8))}[kind]
        if rng.random() < 0.3:
            path = rand_path(rng)
        nearly = {
            'Attach': [('s',), ('s', 's'), ('s', 's', 'a{ss}'), ('s', 's', 'a{sv}', 's'), ('o', 's', 'a{sv}'),
                       ('s', 's', 'v'), ('s', 's', 'av'), ('a{sv}', 's', 's'), ('i', 'i', 'a{sv}')],
            'Detach': [(), ('a{ss}',), ('s',), ('a{sv}', 'a{sv}'), ('v',), ('b',)],
            'Reconfigure': [(), ('a{sv}', 'b'), ('a{su}',), ('s',)],
            'ExportSnapshot': [('i', 'a{sv}'), ('a{sv}',), ('h',), ('s', 'a{sv}'), ('h', 'a{sv}', 'h'), ('h', 'a{ss}'),
                               ('a{sv}', 'h'), ('u', 'a{sv}')],
            'Cancel': [('s',), ('b',), ('a{sv}',)],
            'GetManagedObjects': [('s',), ('a{sv}',)],
        }[member]
        types = rng.choice(nearly) if rng.random() < 0.7 else None
        if types is None:
            body = GLib.Variant.new_tuple(*[rand_value(rng, ctx) for _ in range(rng.randint(1, 4))])
        else:
            parts = []
            for t in types:
                if t == 's':
                    parts.append(GLib.Variant('s', rand_string(rng)))
                elif t == 'a{sv}':
                    parts.append(rand_options(rng, ctx))
                elif t == 'h':
                    parts.append(GLib.Variant('h', fds.make(rng, rng.choice(FdFactory.KINDS), ctx)))
                elif t == 'v':
                    parts.append(GLib.Variant('v', rand_value(rng, ctx)))
                elif t == 'av':
                    parts.append(GLib.Variant.new_array(GLib.VariantType('v'),
                                                        [GLib.Variant('v', rand_value(rng, ctx))]))
                elif t == 'o':
                    parts.append(GLib.Variant('o', rand_path(rng)))
                elif t in ('i', 'u', 'b'):
                    parts.append(GLib.Variant(t, {'i': -1, 'u': 3, 'b': True}[t]))
                elif t == 'a{ss}':
                    parts.append(GLib.Variant('a{ss}', {'store': '/store', 'read-ms': '5'}))
                elif t == 'a{su}':
                    parts.append(GLib.Variant('a{su}', {'read-ms': 5}))
            body = GLib.Variant.new_tuple(*parts) if parts else None
        c = Call(path, rng.choice([iface] * 4 + [None]), member, body, ctx,
                 f'{member}{short(body) if body is not None else "()"} on {path}')
    else:  # unknown methods, interfaces, paths
        path = rand_path(rng) if rng.random() < 0.5 else rng.choice([MANAGER, SESSIONS + '/8_64', JOBS + '/1'])
        iface = rng.choice([None, I_MANAGER, I_SESSION, I_JOB, I_PROPS, 'org.interposer.Helper1',
                            'org.interposer.Helper1.Manager2', 'org.interposer.Error',
                            rand_name(rng) + '.' + rand_name(rng), 'a.' + 'b' * 200])
        member = rng.choice(['attach', 'Attach2', 'Detach', 'Reconfigure', 'ExportSnapshot', 'Cancel', 'Completed',
                             'Progress', 'deleteLater', 'destroyed', 'start', 'Version', 'Introspect',
                             'registerObject', rand_name(rng, 1, 40), 'm' * 255])
        body = None
        if rng.random() < 0.7:
            body = GLib.Variant.new_tuple(*[rand_value(rng, ctx) for _ in range(rng.randint(1, 4))])
        c = Call(path, iface, member, body, ctx, f'{iface}.{member}{short(body) if body else "()"} on {path}')
    c.flags_interactive = rng.random() < 0.5
    c.no_reply = rng.random() < 0.001
    return c


class Client:
    """The calls of one phase, on a connection of uid 65534."""

    def __init__(self, address, seed, phase, deadline, max_calls, workdir, timeout_s):
        from gi.repository import Gio
        self.Gio = Gio
        self.address = address
        self.rng = random.Random(f'{seed}-{phase}')
        self.deadline = deadline
        self.max_calls = max_calls
        self.timeout_ms = int(timeout_s * 1000)
        self.fds = FdFactory(workdir)
        self.conn = self.connect()

    def connect(self):
        Gio = self.Gio
        return Gio.DBusConnection.new_for_address_sync(
            self.address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT |
            Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)

    def message(self, call):
        Gio = self.Gio
        m = Gio.DBusMessage.new_method_call(HELPER, call.path, call.iface, call.member)
        if call.body is not None:
            m.set_body(call.body)
        if call.fds:
            fdlist = Gio.UnixFDList()
            for fd in call.fds:
                fdlist.append(fd)  # dups it
            m.set_unix_fd_list(fdlist)
        flags = Gio.DBusMessageFlags.NONE
        if call.flags_interactive:
            flags |= Gio.DBusMessageFlags.ALLOW_INTERACTIVE_AUTHORIZATION
        if call.no_reply:
            flags |= Gio.DBusMessageFlags.NO_REPLY_EXPECTED
        m.set_flags(flags)
        return m

    def reply_name(self, fn):
        from gi.repository import GLib
        Gio = self.Gio
        try:
            reply = fn()
        except GLib.Error as e:
            if e.matches(Gio.io_error_quark(), Gio.IOErrorEnum.TIMED_OUT):
                return 'hang: no reply within the timeout'
            if e.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CLOSED) or self.conn.is_closed():
                return 'closed: the bus closed the connection'
            remote = Gio.DBusError.get_remote_error(e)
            return remote if remote else f'local: {e.message[:200]}'
        if reply.get_message_type() == Gio.DBusMessageType.ERROR:
            return reply.get_error_name()
        return 'ok'

    def run(self):
        from gi.repository import GLib
        Gio = self.Gio
        n = 0
        ctx = GLib.MainContext.default()
        while n < self.max_calls and time.monotonic() < self.deadline:
            batch = 1 if self.rng.random() < 0.85 else self.rng.randint(2, 8)
            calls = []
            for _ in range(min(batch, self.max_calls - n)):
                calls.append(gen_call(self.rng, self.fds))
            n += len(calls)
            results = [None] * len(calls)
            pending = 0
            for i, call in enumerate(calls):
                try:
                    m = self.message(call)
                except Exception as e:  # noqa: BLE001 - a generator bug, reported
                    results[i] = f'local: {e}'[:200]
                    continue
                if call.no_reply:
                    try:
                        self.conn.send_message(m, Gio.DBusSendMessageFlags.NONE)
                        results[i] = '(no reply expected)'
                    except GLib.Error as e:
                        results[i] = f'local: {e.message[:200]}'
                    continue

                def done(conn, res, i=i):
                    results[i] = self.reply_name(lambda: conn.send_message_with_reply_finish(res))
                pending += 1
                self.conn.send_message_with_reply(m, Gio.DBusSendMessageFlags.NONE, self.timeout_ms, None, done)
            while any(r is None for r in results):
                ctx.iteration(True)
            for call, result in zip(calls, results):
                for fd in call.fds:
                    os.close(fd)
                info = call.info()
                info['reply'] = result
                print(json.dumps(info), flush=True)
                if result.startswith('closed'):
                    self.conn = self.connect()
        print(json.dumps({'end': n}), flush=True)


def pileup_client(address, device, connections, per_connection):
    """Many Attach calls that wait for polkit, from many connections of
    one uid; commands on stdin: "more", "close K", "end"."""
    from gi.repository import Gio, GLib
    ctx = GLib.MainContext.default()
    conns = [Gio.DBusConnection.new_for_address_sync(
        address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
        None, None) for _ in range(connections)]
    waiting = [0]

    def send(conn, i):
        m = Gio.DBusMessage.new_method_call(HELPER, MANAGER, I_MANAGER, 'Attach')
        m.set_body(GLib.Variant('(ssa{sv})', (device, 'linear', {})))
        m.set_flags(Gio.DBusMessageFlags.ALLOW_INTERACTIVE_AUTHORIZATION)

        def done(c, res):
            waiting[0] -= 1
            try:
                reply = c.send_message_with_reply_finish(res)
                name = reply.get_error_name() if reply.get_message_type() == Gio.DBusMessageType.ERROR else 'ok'
                text = reply.get_body().unpack()[0] if reply.get_body() is not None else ''
            except GLib.Error as e:
                name, text = '(caller left: no reply)', e.message
            print(json.dumps({'conn': i, 'reply': name, 'text': str(text)[:300]}), flush=True)
        waiting[0] += 1
        conn.send_message_with_reply(m, Gio.DBusSendMessageFlags.NONE, 120000, None, done)

    for i, conn in enumerate(conns):
        for _ in range(per_connection):
            send(conn, i)
    print(json.dumps({'sent': [c.get_unique_name() for c in conns]}), flush=True)
    extra = []
    stdin = os.fdopen(sys.stdin.fileno(), 'r', buffering=1)
    while True:
        while ctx.pending():
            ctx.iteration(False)
        ready, _, _ = select.select([stdin], [], [], 0.02)
        if not ready:
            continue
        words = stdin.readline().split()
        if not words or words[0] == 'end':
            break
        if words[0] == 'more':
            conn = Gio.DBusConnection.new_for_address_sync(
                address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
                None, None)
            extra.append(conn)
            for _ in range(int(words[1])):
                send(conn, 100 + len(extra))
        elif words[0] == 'close':
            for i in range(int(words[1])):
                conns[i].close_sync(None)
            print(json.dumps({'closed': int(words[1])}), flush=True)
    deadline = time.monotonic() + 60
    # Replies still owed, except those of the closed connections (whose
    # calls end locally, with a "closed" error, already counted).
    while waiting[0] > 0 and time.monotonic() < deadline:
        ctx.iteration(True) if ctx.pending() else time.sleep(0.01)
    print(json.dumps({'end': waiting[0]}), flush=True)


# --- the parent: runs as root, owns the bus, judges ----------------------

class Failure(Exception):
    pass


def load_bus_test(helper):
    """bus-test.py's Bus and Services, imported rather than copied."""
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location('bus_test', os.path.join(here, 'bus-test.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.FAKE_HELPER = helper
    return module


class Fuzz:
    def __init__(self, helper, args):
        import dbus
        self.dbus = dbus
        self.args = args
        self.bt = load_bus_test(helper)
        import tempfile
        self.tmp = tempfile.mkdtemp(prefix='interposer-fuzz-')
        self.bus = self.bt.Bus(self.tmp)
        self.svc = self.bt.Services(self.bus)
        self.problems = []
        self.counts = {'1': collections.Counter(), '2': collections.Counter()}
        self.successes = {'1': collections.Counter(), '2': collections.Counter()}
        self.calls = {'1': 0, '2': 0}
        self.seconds = {'1': 0.0, '2': 0.0}
        self.examples = {}
        self.source = open(os.path.abspath(__file__)).read()
        self.workdir = os.path.join(self.tmp, 'client')
        os.mkdir(self.workdir, 0o700)
        os.chown(self.workdir, NOBODY, NOBODY)
        # What exports read: a FIFO this test feeds (and keeps open, so the
        # helper's reads wait instead of ending), as in bus-test.py.
        os.mkfifo(self.svc.export_source)
        self.feed = os.open(self.svc.export_source, os.O_RDWR | os.O_NONBLOCK)

    # --- helpers ---

    def fail(self, what):
        self.problems.append(what)
        print('FAIL:', what, flush=True)

    def manager(self):
        return self.bus.conn.get_object(HELPER, MANAGER, introspect=False)

    def sessions(self):
        objects = self.manager().GetManagedObjects(dbus_interface=I_OM, timeout=30)
        return {str(p): {str(k): str(v) if not isinstance(v, dict) else
                         {str(a): str(b) for a, b in v.items()} for k, v in props[I_SESSION].items()
                         if k not in ('SnapshotUsage',)} for p, props in objects.items()}

    def jobs(self):
        try:
            xml = self.bus.conn.get_object(HELPER, JOBS, introspect=False).Introspect(
                dbus_interface=I_INTRO, timeout=30)
        except self.dbus.exceptions.DBusException as e:
            if e.get_dbus_name() == 'org.freedesktop.DBus.Error.UnknownObject':
                return []
            raise
        import xml.etree.ElementTree as ET
        return [JOBS + '/' + n.get('name') for n in ET.fromstring(str(xml)).findall('node')]

    def helper_alive(self):
        return self.svc.helper.poll() is None

    def check_helper(self, when):
        log = self.svc.helper_log()
        marks = [m for m in CRASH_MARKERS if m in log]
        if not self.helper_alive():
            self.fail(f'the helper died ({when}), exit status {self.svc.helper.returncode}')
        if marks:
            self.fail(f'the helper\'s stderr has {marks} ({when}):\n' + self.excerpt(log, marks[0]))
        if not self.helper_alive() or marks:
            raise Failure(when)

    @staticmethod
    def excerpt(log, mark):
        at = log.find(mark)
        return log[max(0, at - 2000):at + 6000]

    def helper_fds(self):
        return len(os.listdir(f'/proc/{self.svc.helper.pid}/fd'))

    def exclusive_probes(self):
        return [p for p in self.svc.probes() if 'exclusive-open' in p]

    def setpriv(self, *args):
        return ['setpriv', f'--reuid={NOBODY}', f'--regid={NOBODY}', '--clear-groups',
                sys.executable, '-c', self.source] + list(args)

    def all_actions(self, answer):
        for action in ACTIONS:
            self.svc.mock.SetAnswer(f'org.interposer.{action}', answer)

    # --- judging ---

    def judge(self, phase, info):
        reply = info['reply']
        self.counts[phase][reply] += 1
        bad = None
        if reply == '(no reply expected)':
            return
        if reply == 'ok':
            self.successes[phase][info['member']] += 1
            if info['member'] == 'Set' and info['iface'] in (I_PROPS, None):
                bad = 'a property was set (all are read-only)'
            elif phase == '1' and info['mutating']:
                bad = 'a call that changes state succeeded while polkit denied everything'
        elif reply.startswith(OURS):
            pass
        elif reply in FOREIGN:
            if info['targeted'] and not (reply == 'org.freedesktop.DBus.Error.UnknownObject'
                                         and info['kind'] in ('session', 'job')):
                bad = 'a well-formed call of the API was answered by the D-Bus library, not the helper'
        elif reply.startswith('local:'):
            self.counts[phase]['(not sent: refused by GDBus)'] += 1
            return
        else:
            bad = 'an error that is neither org.interposer.Error.* nor a D-Bus library refusal'
        if bad:
            key = (bad, reply, info['member'])
            if key not in self.examples:
                self.examples[key] = info
                self.fail(f'phase {phase}: {bad}: {reply} for {info["desc"]} '
                          f'(path {info["path"]}, interface {info["iface"]}, signature {info["sig"]!r})')

    # --- phases ---

    def run_client(self, phase, seconds, calls):
        deadline_wall = time.time() + seconds
        cmd = self.setpriv('--client', self.bus.address, str(self.args.seed), phase, str(deadline_wall),
                           str(calls), self.workdir, str(self.args.call_timeout))
        client = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines = []
        reader = threading.Thread(target=lambda: [lines.append(line) for line in client.stdout], daemon=True)
        reader.start()
        errors = []
        threading.Thread(target=lambda: errors.append(client.stderr.read()), daemon=True).start()
        started = time.monotonic()
        fed = 0
        done = 0
        try:
            while client.poll() is None or reader.is_alive():
                time.sleep(0.2)
                if phase == '2':
                    try:  # let running exports copy something
                        fed += os.write(self.feed, os.urandom(64 << 10))
                    except BlockingIOError:
                        pass
                while done < len(lines):
                    info = json.loads(lines[done])
                    done += 1
                    if 'end' in info:
                        continue
                    self.calls[phase] += 1
                    self.judge(phase, info)
                    if info['reply'].startswith(('hang', 'closed')) or info['reply'] in GONE:
                        self.check_helper(f'phase {phase}, after {self.calls[phase]} calls')
                        raise Failure(f'phase {phase}: {info["reply"]} for {info["desc"]}')
                self.check_helper(f'phase {phase}, after {self.calls[phase]} calls')
                if time.monotonic() - started > seconds + 3 * self.args.call_timeout + 30:
                    raise Failure(f'phase {phase}: the client did not end')
        finally:
            if client.poll() is None:
                client.kill()
            client.wait()
            self.seconds[phase] = time.monotonic() - started
        if client.returncode != 0:
            raise Failure(f'phase {phase}: the fuzzing client failed ({client.returncode}):\n{"".join(errors)[-4000:]}')
        if not lines or 'end' not in json.loads(lines[-1]):
            raise Failure(f'phase {phase}: the client stopped early')
        print(f'phase {phase}: {self.calls[phase]} calls in {self.seconds[phase]:.1f} s '
              f'({self.calls[phase] / max(self.seconds[phase], 1e-6):.0f} calls/s)', flush=True)

    def pileup(self, phase):
        """Pending authorizations pile up: at most 4 per caller, 32 in all."""
        connections, per = 10, 5
        device = '/dev/sdb'
        before_checks = len(json.loads(self.svc.mock.Checks()))
        self.svc.mock.Hold(True)
        client = subprocess.Popen(self.setpriv('--pileup', self.bus.address, device, str(connections), str(per)),
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        replies = []
        names = []
        lock = threading.Lock()

        def read():
            for line in client.stdout:
                msg = json.loads(line)
                with lock:
                    if 'sent' in msg:
                        names.extend(msg['sent'])
                    elif 'reply' in msg:
                        replies.append(msg)
                    elif 'end' in msg:
                        replies.append(msg)
        threading.Thread(target=read, daemon=True).start()

        def busy():
            with lock:
                return [r for r in replies if r.get('reply') == OURS + 'Busy']
        try:
            total = connections * per
            try:
                self.bt.wait_until('32 checks held and the rest refused Busy',
                                   lambda: self.svc.mock.HeldCount() == 32 and len(busy()) == total - 32, 30)
            except AssertionError:
                with lock:
                    seen = collections.Counter(r.get('reply') for r in replies)
                self.fail(f'pile-up phase {phase}: {self.svc.mock.HeldCount()} checks held (not 32), '
                          f'the {total} calls got {dict(seen)} ({total - 32} Busy expected)')
                self.check_helper(f'pile-up, phase {phase}')
                return
            time.sleep(0.5)
            held = self.svc.mock.HeldCount()
            if held != 32:
                self.fail(f'pile-up: {held} checks held, not 32')
            checks = json.loads(self.svc.mock.Checks())[before_checks:]
            per_caller = collections.Counter(c['name'] for c in checks)
            if max(per_caller.values()) > 4:
                self.fail(f'pile-up: a caller had more than 4 checks pending: {per_caller}')
            for r in busy():
                if device not in r['text']:
                    self.fail(f'pile-up: a Busy refusal does not name {device}: {r["text"]}')
            # Still full for a new caller; root's calls are still served.
            client.stdin.write('more 3\n')
            client.stdin.flush()
            try:
                self.bt.wait_until('three more refused Busy', lambda: len(busy()) == total - 32 + 3, 30)
            except AssertionError:
                self.fail(f'pile-up phase {phase}: a new caller was not refused Busy while 32 checks were held')
            t = time.monotonic()
            self.sessions()
            if time.monotonic() - t > 5:
                self.fail('pile-up: root\'s GetManagedObjects waited for the held checks')
            # Half the callers leave before polkit answers.
            client.stdin.write('close 5\n')
            client.stdin.flush()
            left = names[:5]
            self.bt.wait_until('the callers gone', lambda: not any(self.bus.has_owner(n) for n in left), 30)
            self.sessions()  # the helper has seen them go: same bus, in order
            self.svc.mock.ReleaseHeld()
            self.svc.mock.Hold(False)
            client.stdin.write('end\n')
            client.stdin.flush()
            client.wait(timeout=90)
        finally:
            self.svc.mock.Hold(False)
            self.svc.mock.ReleaseHeld()
            if client.poll() is None:
                client.stdin.write('end\n')
                client.stdin.flush()
                try:
                    client.wait(timeout=90)
                except subprocess.TimeoutExpired:
                    pass
            if client.poll() is None:
                client.kill()
                client.wait()
        with lock:
            got = [r for r in replies if 'reply' in r]
            owed = [r['end'] for r in replies if 'end' in r]
        if owed != [0]:
            self.fail(f'pile-up: {owed} calls never answered (a hang)')
        table = collections.Counter(r['reply'] for r in got)
        print(f'phase {phase} pile-up replies: {dict(table)}', flush=True)
        for r in got:
            self.counts[phase][r['reply']] += 1
            self.calls[phase] += 1
        allowed = {OURS + 'Busy', OURS + 'NotAuthorized', '(caller left: no reply)'}
        if phase == '2':
            allowed.add('ok')
        for name in table:
            if name not in allowed:
                self.fail(f'pile-up phase {phase}: unexpected reply {name}')
        if phase == '1' and table.get('ok'):
            self.fail('pile-up phase 1: an Attach succeeded while polkit denied')
        if phase == '2':
            # Exactly one of the callers that stayed attached sdb; the ones
            # that left got nothing done for them.
            if table.get('ok') != 1:
                self.fail(f'pile-up phase 2: {table.get("ok", 0)} Attach calls succeeded, not 1')
            if 'disconnected while polkit was asked' not in self.svc.helper_log():
                self.fail('pile-up phase 2: no caller that left was refused')
        self.check_helper(f'pile-up, phase {phase}')

    def run(self):
        a = self.args
        self.all_actions('deny')
        self.svc.mock.Hold(False)
        # Root's sessions and an export job (root needs no polkit), for the
        # unprivileged calls to aim at.
        m = self.manager()
        m.Attach('/dev/sde', 'snapshot', self.dbus.Dictionary({'store': '/store'}, signature='sv'),
                 dbus_interface=I_MANAGER, timeout=30)
        m.Attach('/dev/sdc', 'delay', self.dbus.Dictionary({'read-ms': self.dbus.UInt32(5)}, signature='sv'),
                 dbus_interface=I_MANAGER, timeout=30)
        target = os.path.join(self.tmp, 'root-export.img')
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            root_job = str(self.bus.conn.get_object(HELPER, SESSIONS + '/8_64', introspect=False).ExportSnapshot(
                self.dbus.types.UnixFd(fd), self.dbus.Dictionary({}, signature='sv'),
                dbus_interface=I_SESSION, timeout=30))
        finally:
            os.close(fd)
        before = self.sessions()
        before_changes = self.svc.changes()
        before_probes = self.exclusive_probes()
        fds_at_start = self.helper_fds()
        checks_before = len(json.loads(self.svc.mock.Checks()))
        print(f'seed {a.seed}; root set up {sorted(before)} and {root_job}; the helper has {fds_at_start} fds',
              flush=True)

        # Phase 1: polkit denies everything.
        self.pileup('1')
        self.run_client('1', a.seconds * 0.75, int(a.calls * 0.75))
        self.check_helper('end of phase 1')
        problems = len(self.problems)
        made = self.svc.changes()[len(before_changes):]
        if made:
            self.fail(f'phase 1 changed the machine without authorization: {made[:20]}')
        opened = self.exclusive_probes()[len(before_probes):]
        if opened:
            self.fail(f'phase 1 opened devices exclusively without authorization: {opened[:20]}')
        after = self.sessions()
        if after != before:
            self.fail(f'phase 1 changed the sessions: {before} -> {after}')
        for name in sorted(os.listdir(self.workdir)):
            if name.endswith('.img'):
                with open(os.path.join(self.workdir, name), 'rb') as f:
                    if f.read() != b'x' * 8192:
                        self.fail(f'phase 1: the export target {name} was written without authorization')
        if root_job not in self.jobs():
            self.fail(f'phase 1: root\'s export job {root_job} is gone')
        checks = json.loads(self.svc.mock.Checks())[checks_before:]
        odd = [c for c in checks if c['uid'] not in (NOBODY, -1) or c['kind'] != 'system-bus-name'
               or c['action'] not in {f'org.interposer.{x}' for x in ACTIONS}]
        if odd:
            self.fail(f'phase 1: polkit was asked about someone else or something unknown: {odd[:5]}')
        if len(self.problems) == problems:
            print(f'phase 1: polkit was asked {len(checks)} times, always about uid {NOBODY}; no change, '
                  f'no exclusive open, no export target written, root\'s sessions and job as they were', flush=True)

        # Phase 2: polkit allows everything.
        self.all_actions('allow')
        self.pileup('2')
        self.run_client('2', a.seconds * 0.25, a.calls - int(a.calls * 0.75))
        self.check_helper('end of phase 2')

        # Root ends every job and session.
        for job in self.jobs():
            try:
                self.bus.conn.get_object(HELPER, job, introspect=False).Cancel(dbus_interface=I_JOB, timeout=30)
            except self.dbus.exceptions.DBusException as e:
                if 'UnknownObject' not in e.get_dbus_name():
                    self.fail(f'root could not cancel {job}: {e.get_dbus_name()} {e}')
        os.close(self.feed)  # wakes the copies waiting in read()
        self.feed = None
        self.bt.wait_until('the export jobs to end', lambda: not self.jobs(), 30)
        for attempt in range(3):
            for path in self.sessions():
                try:
                    self.bus.conn.get_object(HELPER, path, introspect=False).Detach(
                        self.dbus.Dictionary({}, signature='sv'), dbus_interface=I_SESSION, timeout=30)
                except self.dbus.exceptions.DBusException as e:
                    print(f'detach of {path} by root: {e.get_dbus_name()}: {e}', flush=True)
        left = self.sessions()
        if left:
            self.fail(f'sessions left after root detached everything: {left}')
        # The invented machine is back as it was: whatever was made, removed.
        made = collections.Counter()
        for line in self.svc.changes():
            words = line.split()
            pairs = {'attach': 'detach', 'createBypass': 'destroyBypass', 'dm.create': 'dm.remove'}
            if len(words) >= 3 and words[1] in pairs:
                made[(words[1], words[2])] += 1
            elif len(words) >= 3 and words[1] in pairs.values():
                made[({v: k for k, v in pairs.items()}[words[1]], words[2])] -= 1
        unbalanced = {k: v for k, v in made.items() if v}
        if unbalanced:
            self.fail(f'made and never removed (or removed twice): {unbalanced}')
        print(f'the machine is back as it was: {len(self.svc.changes())} changes, all undone', flush=True)
        self.check_helper('after the cleanup')
        fds_at_end = self.helper_fds()
        print(f'the helper has {fds_at_end} fds at the end ({fds_at_start} after the setup, with one export job)',
              flush=True)
        if fds_at_end > fds_at_start + 16:
            self.fail(f'the helper leaks file descriptors: {fds_at_start} -> {fds_at_end}')
        if a.near_limit:
            self.near_limit()
            self.check_helper('after the calls near the size limit')

    def near_limit(self):
        """Calls of the largest size the bus passes (32 MiB, dbus-daemon's
        default max_message_size, also the system bus's), whose refusal
        quotes the caller's string back with more text around it than the
        call had: a reply over the limit makes the bus daemon drop the
        helper's connection. Validation answers them before polkit is
        asked, so the caller's uid does not matter (root here, with a delay
        session of its own to reconfigure)."""
        from gi.repository import Gio, GLib
        limit = 32 << 20
        m = self.manager()
        m.Attach('/dev/sdc', 'delay', self.dbus.Dictionary({'read-ms': self.dbus.UInt32(5)}, signature='sv'),
                 dbus_interface=I_MANAGER, timeout=30)
        key = {'k': GLib.Variant('b', True)}
        shapes = [
            ('Attach(/dev/sdb, snapshot, {HUGE KEY: <true>})', MANAGER, I_MANAGER, 'Attach',
             lambda n: GLib.Variant('(ssa{sv})', ('/dev/sdb', 'snapshot', {'k' * n: key['k']}))),
            ('Attach(/dev/sdb, flakey, {HUGE KEY: <true>})', MANAGER, I_MANAGER, 'Attach',
             lambda n: GLib.Variant('(ssa{sv})', ('/dev/sdb', 'flakey', {'k' * n: key['k']}))),
            ('Reconfigure({HUGE KEY: <true>}) of a delay session', SESSIONS + '/8_32', I_SESSION, 'Reconfigure',
             lambda n: GLib.Variant('(a{sv})', ({'k' * n: key['k']},))),
            ('Detach({HUGE KEY: <true>})', SESSIONS + '/8_32', I_SESSION, 'Detach',
             lambda n: GLib.Variant('(a{sv})', ({'k' * n: key['k']},))),
            ('Attach(/dev/sda1, HUGE KIND, {})', MANAGER, I_MANAGER, 'Attach',
             lambda n: GLib.Variant('(ssa{sv})', ('/dev/sda1', 'k' * n, {}))),
            ('Attach(/HUGE DEVICE, linear, {})', MANAGER, I_MANAGER, 'Attach',
             lambda n: GLib.Variant('(ssa{sv})', ('/' + 'd' * n, 'linear', {}))),
        ]
        for what, path, iface, member, body in shapes:
            def message(n):
                msg = Gio.DBusMessage.new_method_call(HELPER, path, iface, member)
                msg.set_body(body(n))
                return msg
            overhead = len(message(1000).to_blob(Gio.DBusCapabilityFlags.NONE)) - 1000
            n = limit - overhead
            while len(message(n).to_blob(Gio.DBusCapabilityFlags.NONE)) > limit:
                n -= 1
            conn = Gio.DBusConnection.new_for_address_sync(
                self.bus.address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT |
                Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
            try:
                reply, _ = conn.send_message_with_reply_sync(message(n), Gio.DBusSendMessageFlags.NONE,
                                                             int(self.args.call_timeout * 3000), None)
                name = reply.get_error_name() if reply.get_message_type() == Gio.DBusMessageType.ERROR else 'ok'
            except GLib.Error as e:
                name = f'local: {e.message}'
            finally:
                conn.close_sync(None)
            on_bus = self.bus.has_owner(HELPER)
            print(f'near the size limit: {what} ({n} characters, a {limit}-byte call): {name}; '
                  f'the helper {"still owns" if on_bus else "LOST"} its bus name', flush=True)
            if not name.startswith(OURS) or not on_bus:
                self.fail(f'near the size limit: {what} with {n} characters (a call of {limit} bytes) was '
                          f'answered {name}, and the helper {"kept" if on_bus else "lost"} its bus name')
            if not on_bus:
                raise Failure('the helper is off the bus')
        self.bus.conn.get_object(HELPER, SESSIONS + '/8_32', introspect=False).Detach(
            self.dbus.Dictionary({}, signature='sv'), dbus_interface=I_SESSION, timeout=30)

    def report(self):
        total = self.counts['1'] + self.counts['2']
        total.pop('(not sent: refused by GDBus)', None)
        print('\nreplies by name            phase 1   phase 2')
        for name in sorted(total, key=lambda n: -total[n]):
            print(f'  {name:<55} {self.counts["1"][name]:>7} {self.counts["2"][name]:>7}')
        not_sent = self.counts['1']['(not sent: refused by GDBus)'] + self.counts['2']['(not sent: refused by GDBus)']
        for phase in '12':
            print(f'successes in phase {phase}, by method: {dict(self.successes[phase].most_common())}')
        calls = self.calls['1'] + self.calls['2']
        secs = self.seconds['1'] + self.seconds['2']
        print(f'calls: {calls} ({self.calls["1"]} + {self.calls["2"]}), {not_sent} not sent; '
              f'{calls / max(secs, 1e-6):.0f} calls/s over {secs:.1f} s; seed {self.args.seed}')
        if not_sent > calls * 0.05:
            self.fail(f'{not_sent} of {calls} calls were refused by GDBus before sending: the generator is broken')

    def stop(self):
        if self.feed is not None:
            os.close(self.feed)
        self.svc.stop()
        self.bus.stop()
        log = self.svc.helper_log() if not self.svc.helper_err.closed else open(self.svc.helper_err.name).read()
        marks = [m for m in CRASH_MARKERS if m in log]
        if marks:
            self.fail(f'the helper\'s stderr has {marks} at exit:\n' + self.excerpt(log, marks[0]))
        # Lines other than the helper's own reports of refusals and of
        # sessions made and ended: warnings of Qt and the like, shown.
        import re
        usual = re.compile(r'^(refused |found the session |idle|\S+ is (interposed|detached)\b)')
        others = collections.Counter(line[:200] for line in log.splitlines() if line and not usual.match(line))
        if others:
            print('helper stderr, lines other than refusals and sessions:')
            for line, n in others.most_common(10):
                print(f'  {n:>6} x {line}')
        import shutil
        if self.problems or self.args.keep:
            print(f'helper stdout and stderr kept in {self.tmp}/helper.out, helper.err')
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == '--client':
        address, seed, phase, deadline, calls, workdir, timeout = sys.argv[2:9]
        deadline_mono = time.monotonic() + (float(deadline) - time.time())
        Client(address, int(seed), phase, deadline_mono, int(calls), workdir, float(timeout)).run()
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == '--pileup':
        address, device, connections, per = sys.argv[2:6]
        pileup_client(address, device, int(connections), int(per))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('helper')
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--seconds', type=float, default=75.0, help='time budget of the random calls')
    parser.add_argument('--calls', type=int, default=20000, help='at most this many random calls')
    parser.add_argument('--call-timeout', type=float, default=10.0, help='a call unanswered this long hangs')
    parser.add_argument('--keep', action='store_true', help='keep the bus directory (helper.out, helper.err)')
    parser.add_argument('--near-limit', action=argparse.BooleanOptionalAction, default=True,
                        help='also make calls of the largest size the bus passes, whose refusals once knocked '
                             'the helper off the bus (on by default)')
    args = parser.parse_args()
    if os.geteuid() != 0:
        print('bus-fuzz.py needs root (to call as uid 65534 through setpriv)')
        return 77
    fuzz = Fuzz(os.path.abspath(args.helper), args)
    started = time.monotonic()
    try:
        fuzz.run()
    except (Failure, AssertionError) as e:
        fuzz.fail(f'stopped: {e}')
    finally:
        fuzz.report()
        fuzz.stop()
    print(f'{"FAILED" if fuzz.problems else "passed"} in {time.monotonic() - started:.1f} s')
    for p in fuzz.problems:
        print(' -', p.splitlines()[0][:400])
    return 1 if fuzz.problems else 0


if __name__ == '__main__':
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
