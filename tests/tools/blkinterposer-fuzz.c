// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * blkinterposer-fuzz - an ioctl fuzzer for /dev/blkinterposer, run in the
 * test VMs (tests/vm/scenarios/ioctl-fuzz.sh), never on a real machine: it
 * makes bypasses, device-mapper devices and redirections of the devices it
 * finds, and writes to the scratch devices it is given.
 *
 * Deterministic: one seed decides every call of the first phase (one
 * process, a fixed number of iterations; --seconds is only a cap, and the
 * summary says when it cut a phase short); the second phase runs several
 * processes at once (each with its own seed, their interleaving is the
 * scheduler's); the third drops CAP_SYS_ADMIN and expects EPERM for
 * everything. Every failure names its phase, process and iteration and
 * prints the last ioctl's number, argument and struct bytes: a failure of
 * phase 1 comes back with the same seed and --iterations past it.
 *
 * What is issued: every command of the uapi header with mostly valid
 * structs naming real devices (disks, partitions, loop, device-mapper, the
 * bypasses it made) and random ones; reserved fields, flags and device
 * numbers out of range; bad pointers (NULL, unmapped, kernel addresses,
 * non-canonical, structs straddling an unmapped page, read-only structs);
 * command numbers with other sizes, directions and numbers, and of other
 * types; LIST with huge capacities and bad entry arrays; and, interleaved
 * with all of it, the valid sequences of a session (BYPASS_CREATE, a
 * dm-linear over the bypass, ATTACH, I/O, DETACH, removal, BYPASS_DESTROY)
 * so that the deep paths run too, and originals that grow, shrink (a loop
 * device) or turn read-only meanwhile. The ABI has no strings, so nothing
 * here lacks a NUL. ioctl(2) is issued as a raw system call: a sanitizer's
 * ioctl interceptor (ASan's handle_ioctl) would read the bad pointers
 * itself.
 *
 * Oracles: every answer is one the uapi header lists for that command
 * (anything else fails: ENOMEM too, except from ATTACH, where the header
 * names it; nothing in the test VM is short of memory); answers the ABI
 * fixes (ENOTTY for numbers not of the module, EINVAL for reserved fields,
 * EFAULT for bad pointers, EPERM without the capability, ENOENT for THAW of
 * what this file did not freeze, EALREADY for a second FREEZE); outputs
 * with zero reserved fields and consistent entries; LIST never writes past
 * its capacity or the memory it was given, and fails with EFAULT exactly
 * when the entries do not fit there; LIST agreeing with sysfs, entry by
 * entry; in phase 1, the valid sequence's steps succeed unless LIST shows
 * a documented reason not to; without CAP_SYS_ADMIN nothing changes; and
 * each deep path (bypass, dm-linear, attach, detach, freeze) was reached
 * at least once. At the end it undoes everything (through LIST) and fails
 * if anything is left.
 *
 * Safety, so that the mounted filesystem stays whole and never stays
 * frozen: a --protect device (the mounted one) must be larger than every
 * other device that can be an original; an ATTACH whose interposer is that
 * large (so it can only be a dm-linear over the protected device's bypass)
 * is issued only with a protected original, and writes go only to
 * --scratch devices. A dm-linear is made only over the bypass LIST names
 * for its original, checked again once the table holds the bypass open
 * (a bypass number freed by another process may meanwhile belong to
 * another original). The processes of phase 2 take one lock around every
 * ATTACH with its check and every dm-linear made or removed, so that no
 * device-mapper number changes its table between the check and the call.
 * Every FREEZE is thawed (THAW, or closing its file) within a few calls,
 * and the kernel thaws what a dying process held. Freezes of random
 * devices are fine: a freeze holds an open reference only until then.
 *
 * Exit status: 0 clean, 1 an oracle failed or something was left, 2 usage.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <linux/capability.h>
#include <linux/dm-ioctl.h>
#include <linux/fs.h>
#include <linux/loop.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "blkinterposer.h"

#define CTL_PATH "/dev/" BLKINTERPOSER_CTL_NAME
#define MAPPINGS "/sys/class/misc/" BLKINTERPOSER_CTL_NAME "/mappings"
#define DM_CONTROL "/dev/mapper/control"
#define DM_PREFIX "fzip"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* ---- statistics, shared between the processes of phase 2 ------------- */

enum kind {
	K_VERSION, K_BYPASS_CREATE, K_BYPASS_DESTROY, K_ATTACH, K_DETACH,
	K_FREEZE, K_THAW, K_LIST, K_WRONG_NR, K_FOREIGN, K_NOCAP, K_COUNT
};

static const char *const kind_names[K_COUNT] = {
	"VERSION", "BYPASS_CREATE", "BYPASS_DESTROY", "ATTACH", "DETACH",
	"FREEZE", "THAW", "LIST", "magic, other nr/dir/size", "other type",
	"without CAP_SYS_ADMIN",
};

static const unsigned int real_cmds[] = {
	BLKINTERPOSER_IOC_VERSION, BLKINTERPOSER_IOC_BYPASS_CREATE,
	BLKINTERPOSER_IOC_BYPASS_DESTROY, BLKINTERPOSER_IOC_ATTACH,
	BLKINTERPOSER_IOC_DETACH, BLKINTERPOSER_IOC_FREEZE,
	BLKINTERPOSER_IOC_THAW, BLKINTERPOSER_IOC_LIST,
};

#define MAX_ERRNO 140

struct shared {
	unsigned long count[K_COUNT][MAX_ERRNO];
	unsigned long failures;
	int have_first;
	char first[1024];	/* the first failure's report, for the summary */
	unsigned long bypasses_ok, dm_made, dm_removed, attaches_ok, detaches_ok, freezes_ok;
	unsigned long io_ops, io_errors, sysfs_reads, resizes, ro_toggles;
};

static struct shared *sh;

static void add(unsigned long *p, unsigned long n)
{
	__atomic_fetch_add(p, n, __ATOMIC_RELAXED);
}

/* ---- the random generator: xoshiro256**, seeded by splitmix64 --------- */

struct rng {
	uint64_t s[4];
};

static uint64_t splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void rng_seed(struct rng *r, uint64_t seed)
{
	int i;

	for (i = 0; i < 4; i++)
		r->s[i] = splitmix(&seed);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t next64(struct rng *r)
{
	uint64_t *s = r->s, result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

/* 0 .. n-1 */
static uint32_t rnd(struct rng *r, uint32_t n)
{
	return n ? (uint32_t)(next64(r) % n) : 0;
}

static bool chance(struct rng *r, unsigned int percent)
{
	return rnd(r, 100) < percent;
}

/* ---- devices ------------------------------------------------------------ */

struct dev {
	dev_t dev;
	char name[40];
	uint64_t sectors;
	bool dm;
	bool has_parts;
};

#define MAX_POOL 256
#define MAX_ARGS 16

struct argdev {
	char path[256];
	dev_t dev;
	uint64_t sectors;
};

static struct argdev originals[MAX_ARGS], protect[MAX_ARGS], scratch[MAX_ARGS];
static struct argdev resizable[MAX_ARGS];
static int n_originals, n_protect, n_scratch, n_resizable;
static uint64_t protect_min = UINT64_MAX;	/* sectors of the smallest protected */
static unsigned int bypass_major;

static bool read_line(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "re");
	bool ok;

	if (!f)
		return false;
	ok = fgets(buf, (int)size, f);
	fclose(f);
	if (ok)
		buf[strcspn(buf, "\n")] = 0;
	return ok;
}

/* Size in sectors of a device by number, from sysfs; false if none. */
static bool dev_sectors(dev_t dev, uint64_t *sectors)
{
	char path[96], line[64];

	snprintf(path, sizeof(path), "/sys/dev/block/%u:%u/size", major(dev), minor(dev));
	if (!read_line(path, line, sizeof(line)))
		return false;
	*sectors = strtoull(line, NULL, 10);
	return true;
}

static bool dev_is_dm(dev_t dev)
{
	char path[96];

	snprintf(path, sizeof(path), "/sys/dev/block/%u:%u/dm", major(dev), minor(dev));
	return access(path, F_OK) == 0;
}

static int cmp_dev(const void *a, const void *b)
{
	return strcmp(((const struct dev *)a)->name, ((const struct dev *)b)->name);
}

/* Every block device of the machine, sorted by name (deterministic). */
static int scan_pool(struct dev *pool)
{
	DIR *d = opendir("/sys/class/block");
	struct dirent *de;
	int n = 0;

	if (!d)
		return 0;
	while ((de = readdir(d)) && n < MAX_POOL) {
		char path[600], line[64], sub[600];
		unsigned int ma, mi;
		struct dev *p = &pool[n];

		if (de->d_name[0] == '.' || strlen(de->d_name) >= sizeof(p->name))
			continue;
		snprintf(path, sizeof(path), "/sys/class/block/%s/dev", de->d_name);
		if (!read_line(path, line, sizeof(line)) || sscanf(line, "%u:%u", &ma, &mi) != 2)
			continue;
		p->dev = makedev(ma, mi);
		memcpy(p->name, de->d_name, strlen(de->d_name) + 1);
		if (!dev_sectors(p->dev, &p->sectors))
			p->sectors = 0;
		p->dm = dev_is_dm(p->dev);
		snprintf(sub, sizeof(sub), "/sys/class/block/%s/%s1", de->d_name, de->d_name);
		p->has_parts = access(sub, F_OK) == 0;
		snprintf(sub, sizeof(sub), "/sys/class/block/%s/%sp1", de->d_name, de->d_name);
		p->has_parts |= access(sub, F_OK) == 0;
		n++;
	}
	closedir(d);
	qsort(pool, n, sizeof(*pool), cmp_dev);
	return n;
}

static int parse_argdev(const char *arg, struct argdev *a)
{
	struct stat st;

	if (stat(arg, &st) < 0 || !S_ISBLK(st.st_mode)) {
		fprintf(stderr, "blkinterposer-fuzz: %s is not a block device\n", arg);
		return -1;
	}
	snprintf(a->path, sizeof(a->path), "%s", arg);
	a->dev = st.st_rdev;
	if (!dev_sectors(a->dev, &a->sectors)) {
		fprintf(stderr, "blkinterposer-fuzz: no size for %s in sysfs\n", arg);
		return -1;
	}
	return 0;
}

static bool is_protected(dev_t dev)
{
	int i;

	for (i = 0; i < n_protect; i++)
		if (protect[i].dev == dev)
			return true;
	return false;
}

/* ---- the state of one fuzzing process ---------------------------------- */

#define NFDS 3
#define MAX_FREEZES 8
#define FREEZE_HOLD_OPS 4

struct freeze {
	dev_t dev;
	unsigned long since;
};

struct ctlfd {
	int fd;
	int n_freezes;
	struct freeze freezes[MAX_FREEZES];
};

struct seqdm {
	bool exists;
	dev_t dev;
	char name[64];
};

/* The last ioctl a process issued, for the failure report. */
struct lastcall {
	int fd;
	unsigned int cmd;
	const void *arg;
	int readable;		/* bytes of the struct readable before the call */
	unsigned char bytes[64];
};

struct worker {
	int id;
	const char *phase;
	bool concurrent;	/* others run at once: fewer oracles */
	int lockfd;		/* the lock of ATTACH and dm-linear changes */
	struct lastcall last;
	struct rng rng;
	unsigned long op;
	struct ctlfd fds[NFDS];
	struct dev pool[MAX_POOL];
	int n_pool;
	struct seqdm dms[MAX_ARGS];
	unsigned char *page;	/* a valid, writable 64-byte-aligned buffer */
	unsigned char *guard;	/* a page followed by an unmapped one */
	unsigned char *ro;	/* a read-only page */
	void *unmapped;
	struct blkinterposer_entry *entries;	/* room for ENTRIES_ROOM */
	uint32_t list_room;	/* entries that fit where the last LIST points */
	uint64_t list_entries;	/* its entries and capacity, as issued */
	uint32_t list_capacity;
	unsigned char *iobuf;
};

#define ENTRIES_ROOM 1024
#define CANARY 0xa5

static char lock_path[64];

#define __printf(a, b) __attribute__((format(printf, a, b)))

/* Print a failure; the first one is kept for the summary. */
static void record_failure(const char *msg)
{
	fprintf(stderr, "%s\n", msg);
	if (!__atomic_exchange_n(&sh->have_first, 1, __ATOMIC_SEQ_CST))
		snprintf(sh->first, sizeof(sh->first), "%s", msg);
	add(&sh->failures, 1);
}

__printf(2, 3)
static void failure(struct worker *w, const char *fmt, ...)
{
	const struct lastcall *l = &w->last;
	char msg[1024];
	size_t len;
	va_list ap;
	int i;

	len = (size_t)snprintf(msg, sizeof(msg), "FUZZ FAILURE (%s, process %d, iteration %lu): ",
			       w->phase, w->id, w->op);
	va_start(ap, fmt);
	len += (size_t)vsnprintf(msg + len, sizeof(msg) - len, fmt, ap);
	va_end(ap);
	if (l->cmd && len < sizeof(msg)) {
		len += (size_t)snprintf(msg + len, sizeof(msg) - len,
					"\n  last ioctl: fd %d, cmd 0x%08x (dir %u type 0x%02x nr %u size %u), arg %p",
					l->fd, l->cmd, _IOC_DIR(l->cmd), _IOC_TYPE(l->cmd),
					_IOC_NR(l->cmd), _IOC_SIZE(l->cmd), l->arg);
		if (l->readable > 0 && len < sizeof(msg))
			len += (size_t)snprintf(msg + len, sizeof(msg) - len,
						", %d bytes before the call:", l->readable);
		for (i = 0; i < l->readable && len < sizeof(msg); i++)
			len += (size_t)snprintf(msg + len, sizeof(msg) - len, "%s%02x",
						i % 8 ? "" : " ", l->bytes[i]);
	}
	record_failure(msg);
}

/* The lock of phase 2: around ATTACH and dm-linear changes (see the top). */
static void lock_dm(struct worker *w)
{
	while (flock(w->lockfd, LOCK_EX) && errno == EINTR)
		;
}

static void unlock_dm(struct worker *w)
{
	flock(w->lockfd, LOCK_UN);
}

static const char *ename(int e)
{
	const char *n = e ? strerrorname_np(e) : "ok";

	return n ? n : "?";
}

/*
 * The errnos uapi/blkinterposer.h documents for a command: those of every
 * command, and the command's own. ENOMEM only where the header names it
 * (ATTACH, from ftrace): nothing in the test VM is short of memory.
 */
static bool documented(enum kind k, int e)
{
	static const int common[] = { 0, EPERM, ENOTTY, EINVAL, EFAULT, ENXIO };
	static const int create[] = { ELOOP, EISDIR, EEXIST, EOPNOTSUPP, EBUSY, 0 };
	static const int destroy[] = { ENOENT, EBUSY, 0 };
	static const int attach[] = { EMEDIUMTYPE, ENOSPC, EEXIST, ELOOP, EOPNOTSUPP,
				      EBUSY, EISDIR, ETXTBSY, ENOMEM, EAGAIN, 0 };
	static const int detach[] = { ENOENT, 0 };
	static const int freeze[] = { EALREADY, 0 };
	static const int thaw[] = { ENOENT, 0 };
	static const int none[] = { 0 };
	const int *extra;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(common); i++)
		if (common[i] == e)
			return true;
	switch (k) {
	case K_BYPASS_CREATE:
		extra = create;
		break;
	case K_BYPASS_DESTROY:
		extra = destroy;
		break;
	case K_ATTACH:
		extra = attach;
		break;
	case K_DETACH:
		extra = detach;
		break;
	case K_FREEZE:
		extra = freeze;
		break;
	case K_THAW:
		extra = thaw;
		break;
	default:
		extra = none;
		break;
	}
	for (; *extra; extra++)
		if (*extra == e)
			return true;
	return false;
}

/* Up to 64 bytes at p, as far as they are readable: their count. */
static int peek(const void *p, unsigned char *out)
{
	struct iovec local = { out, 64 }, remote = { (void *)p, 64 };
	long n = syscall(SYS_process_vm_readv, getpid(), &local, 1UL, &remote, 1UL, 0UL);
	int i;

	if (n >= 0)
		return (int)n;
	/* Straddling an unmapped page: byte by byte up to it. */
	for (i = 0; i < 64; i++) {
		local.iov_base = out + i;
		local.iov_len = 1;
		remote.iov_base = (unsigned char *)p + i;
		remote.iov_len = 1;
		if (syscall(SYS_process_vm_readv, getpid(), &local, 1UL, &remote, 1UL, 0UL) != 1)
			break;
	}
	return i;
}

/*
 * One ioctl, as a raw system call; every answer must be documented for
 * its command.
 */
static int issue(struct worker *w, enum kind k, int fd, unsigned long cmd, void *arg)
{
	long ret;
	int e;

	w->last.fd = fd;
	w->last.cmd = (unsigned int)cmd;
	w->last.arg = arg;
	w->last.readable = peek(arg, w->last.bytes);
	ret = syscall(SYS_ioctl, fd, cmd, arg);
	e = ret < 0 ? errno : 0;
	if (ret > 0)
		failure(w, "%s returned %ld", kind_names[k], ret);
	add(&sh->count[k][e < MAX_ERRNO ? e : MAX_ERRNO - 1], 1);
	if (!documented(k, e))
		failure(w, "%s answered %s (%d): not an errno the uapi header names for it",
			kind_names[k], ename(e), e);
	return e;
}

static enum kind kind_of(unsigned int cmd)
{
	return (enum kind)_IOC_NR(cmd);	/* the real commands are 0..7, in order */
}

static int open_ctl(int i)
{
	static const int modes[NFDS] = { O_RDWR, O_RDONLY, O_WRONLY };
	int fd = open(CTL_PATH, modes[i % NFDS] | O_CLOEXEC);

	if (fd < 0) {
		fprintf(stderr, "blkinterposer-fuzz: cannot open %s: %m\n", CTL_PATH);
		exit(1);
	}
	return fd;
}

/* ---- device numbers for struct fields ------------------------------------ */

static void set_dev(struct blkinterposer_dev *d, dev_t dev)
{
	d->major = major(dev);
	d->minor = minor(dev);
}

static void pick_dev(struct worker *w, struct blkinterposer_dev *d)
{
	uint32_t r = rnd(&w->rng, 100);

	if (r < 50 && w->n_pool) {
		set_dev(d, w->pool[rnd(&w->rng, w->n_pool)].dev);
	} else if (r < 62 && n_originals) {
		set_dev(d, originals[rnd(&w->rng, n_originals)].dev);
	} else if (r < 74 && w->n_pool) {
		/* A real major, a minor that may not exist. */
		d->major = major(w->pool[rnd(&w->rng, w->n_pool)].dev);
		d->minor = chance(&w->rng, 70) ? rnd(&w->rng, 64) : rnd(&w->rng, 1U << 20);
	} else if (r < 84) {
		d->major = rnd(&w->rng, 512);
		d->minor = rnd(&w->rng, 256);
	} else if (r < 90) {
		d->major = 0;
		d->minor = 0;
	} else {
		/* Out of the kernel's range: 12 bits of major, 20 of minor. */
		switch (rnd(&w->rng, 4)) {
		case 0:
			d->major = 4096 + rnd(&w->rng, 1000);
			d->minor = rnd(&w->rng, 16);
			break;
		case 1:
			d->major = 0xffffffffU;
			d->minor = 0;
			break;
		case 2:
			d->major = 8;
			d->minor = (1U << 20) + rnd(&w->rng, 1000);
			break;
		default:
			d->major = (uint32_t)next64(&w->rng);
			d->minor = (uint32_t)next64(&w->rng);
			break;
		}
	}
}

static bool dev_in_range(const struct blkinterposer_dev *d)
{
	return d->major < 4096 && d->minor < (1U << 20);
}

static dev_t to_dev(const struct blkinterposer_dev *d)
{
	return makedev(d->major, d->minor);
}

/*
 * The safety rule for ATTACH (see the top): an interposer as large as the
 * protected device receives only a protected original's bios. Called, and
 * the ATTACH issued, under lock_dm().
 */
static void make_attach_safe(struct blkinterposer_attach *a)
{
	uint64_t sectors;

	if (!dev_in_range(&a->original) || !dev_in_range(&a->interposer))
		return;
	if (is_protected(to_dev(&a->original)))
		return;
	if (dev_sectors(to_dev(&a->interposer), &sectors) && sectors >= protect_min &&
	    dev_is_dm(to_dev(&a->interposer))) {
		/* Refused for a reason of its own instead: ELOOP. */
		a->interposer = a->original;
	}
}

/* ---- freezes --------------------------------------------------------------- */

static struct freeze *find_freeze(struct ctlfd *c, dev_t dev)
{
	int i;

	for (i = 0; i < c->n_freezes; i++)
		if (c->freezes[i].dev == dev)
			return &c->freezes[i];
	return NULL;
}

static void drop_freeze(struct ctlfd *c, dev_t dev)
{
	int i;

	for (i = 0; i < c->n_freezes; i++) {
		if (c->freezes[i].dev == dev) {
			c->freezes[i] = c->freezes[--c->n_freezes];
			return;
		}
	}
}

static void thaw_one(struct worker *w, struct ctlfd *c, dev_t dev)
{
	struct blkinterposer_target t = { 0 };
	int e;

	set_dev(&t.original, dev);
	e = issue(w, K_THAW, c->fd, BLKINTERPOSER_IOC_THAW, &t);
	if (e)
		failure(w, "THAW of %u:%u, frozen by this file, failed: %s", major(dev),
			minor(dev), ename(e));
	drop_freeze(c, dev);
}

/* No freeze lasts more than FREEZE_HOLD_OPS calls of its process. */
static void thaw_old(struct worker *w, bool all)
{
	int i, j;

	for (i = 0; i < NFDS; i++) {
		struct ctlfd *c = &w->fds[i];

		for (j = c->n_freezes - 1; j >= 0; j--)
			if (all || w->op - c->freezes[j].since >= FREEZE_HOLD_OPS)
				thaw_one(w, c, c->freezes[j].dev);
	}
}

static void reopen(struct worker *w, int i)
{
	close(w->fds[i].fd);	/* thaws what it froze */
	w->fds[i].n_freezes = 0;
	w->fds[i].fd = open_ctl(i);
}

/* ---- LIST -------------------------------------------------------------------- */

static bool all_zero(const void *p, size_t n)
{
	const unsigned char *c = p;

	while (n--)
		if (*c++)
			return false;
	return true;
}

/*
 * After a LIST that succeeded with entries at w->entries: the bytes past
 * the entries it wrote, min(count, capacity), are still the canary.
 */
static void check_canary(struct worker *w, uint32_t written)
{
	const unsigned char *c = (const unsigned char *)w->entries;
	size_t i;

	for (i = (size_t)written * sizeof(*w->entries);
	     i < ENTRIES_ROOM * sizeof(*w->entries); i++) {
		if (c[i] != CANARY) {
			failure(w, "LIST wrote byte %zu of its array, past the %u entries it filled",
				i, written);
			return;
		}
	}
}

/* LIST into w->entries with a valid struct; returns the count or -errno. */
static int list_all(struct worker *w, int fd)
{
	struct blkinterposer_list l = { 0 };
	int e;

	memset(w->entries, CANARY, ENTRIES_ROOM * sizeof(*w->entries));
	l.entries = (uintptr_t)w->entries;
	l.capacity = ENTRIES_ROOM;
	e = issue(w, K_LIST, fd, BLKINTERPOSER_IOC_LIST, &l);
	if (e) {
		failure(w, "LIST with a valid struct failed: %s", ename(e));
		return -e;
	}
	if (l.count > ENTRIES_ROOM) {
		failure(w, "LIST counts %u originals", l.count);
		return -E2BIG;
	}
	if (l.entries != (uintptr_t)w->entries || l.capacity != ENTRIES_ROOM ||
	    !all_zero(l.reserved, sizeof(l.reserved)))
		failure(w, "LIST changed its input fields or set reserved ones");
	check_canary(w, l.count);
	return (int)l.count;
}

static void check_entries(struct worker *w, const struct blkinterposer_entry *e, uint32_t n)
{
	uint32_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < 3; j++)
			if (e[i].reserved[j])
				failure(w, "LIST entry %u: reserved[%u] = %llu", i, j,
					(unsigned long long)e[i].reserved[j]);
		if (e[i].state & ~7U)
			failure(w, "LIST entry %u: unknown state bits 0x%x", i, e[i].state);
		if (!(e[i].state & (BLKINTERPOSER_STATE_BYPASS | BLKINTERPOSER_STATE_ATTACHED)))
			failure(w, "LIST entry %u (%u:%u): neither bypass nor attached", i,
				e[i].original.major, e[i].original.minor);
		if (!!(e[i].state & BLKINTERPOSER_STATE_BYPASS) !=
		    !!(e[i].bypass.major | e[i].bypass.minor))
			failure(w, "LIST entry %u: bypass state and number disagree", i);
		if (!!(e[i].state & BLKINTERPOSER_STATE_ATTACHED) !=
		    !!(e[i].interposer.major | e[i].interposer.minor))
			failure(w, "LIST entry %u: attached state and interposer disagree", i);
		if ((e[i].state & BLKINTERPOSER_STATE_BYPASS) &&
		    (e[i].bypass.major != bypass_major || e[i].bypass.minor != e[i].bypass_index))
			failure(w, "LIST entry %u: bypass %u:%u, index %u", i, e[i].bypass.major,
				e[i].bypass.minor, e[i].bypass_index);
		if (!(e[i].state & BLKINTERPOSER_STATE_BYPASS) && e[i].bypass_index)
			failure(w, "LIST entry %u: no bypass, index %u", i, e[i].bypass_index);
		if (!(e[i].state & BLKINTERPOSER_STATE_ATTACHED) && e[i].redirected)
			failure(w, "LIST entry %u: not attached, %llu bios redirected", i,
				(unsigned long long)e[i].redirected);
		for (j = 0; j < i; j++)
			if (to_dev(&e[j].original) == to_dev(&e[i].original))
				failure(w, "LIST entries %u and %u name the same original %u:%u",
					j, i, e[i].original.major, e[i].original.minor);
	}
}

/* The state bits of a sysfs state= word list ("bypass,attached"), or ~0. */
static uint32_t parse_state(const char *words)
{
	static const char *const names[] = { "bypass", "attached", "gone" };
	char copy[64], *tok, *save = NULL;
	uint32_t state = 0;
	size_t i;

	snprintf(copy, sizeof(copy), "%s", words);
	for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < ARRAY_SIZE(names); i++)
			if (!strcmp(tok, names[i]))
				break;
		if (i == ARRAY_SIZE(names))
			return ~0U;
		state |= 1U << i;
	}
	return state;
}

/*
 * LIST agrees with the sysfs view, entry by entry (one process only: no
 * one changes it meanwhile; the redirected counts may grow in between).
 */
static void check_list_vs_sysfs(struct worker *w)
{
	int n = list_all(w, w->fds[0].fd), lines = 0, i;
	char line[512];
	FILE *f;

	if (n < 0)
		return;
	check_entries(w, w->entries, (uint32_t)n);
	f = fopen(MAPPINGS, "re");
	if (!f) {
		failure(w, "cannot open %s: %s", MAPPINGS, strerror(errno));
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		unsigned int om, on, bm, bn, im, in;
		unsigned long long redirected;
		const struct blkinterposer_entry *e = NULL;
		char state[64];

		lines++;
		if (sscanf(line, "%u:%u bypass=%u:%u interposer=%u:%u state=%63s redirected=%llu",
			   &om, &on, &bm, &bn, &im, &in, state, &redirected) != 8) {
			failure(w, "%s: a line LIST cannot be compared with: %s", MAPPINGS, line);
			continue;
		}
		for (i = 0; i < n; i++)
			if (to_dev(&w->entries[i].original) == makedev(om, on))
				e = &w->entries[i];
		if (!e || e->bypass.major != bm || e->bypass.minor != bn ||
		    e->interposer.major != im || e->interposer.minor != in ||
		    e->state != parse_state(state) || redirected < e->redirected)
			failure(w, "%s says \"%.*s\", LIST does not", MAPPINGS,
				(int)strcspn(line, "\n"), line);
	}
	fclose(f);
	if (lines != n)
		failure(w, "LIST has %d originals, %s %d lines", n, MAPPINGS, lines);
}

static const struct blkinterposer_entry *entry_of(struct worker *w, int n, dev_t orig)
{
	int i;

	for (i = 0; i < n; i++)
		if (to_dev(&w->entries[i].original) == orig)
			return &w->entries[i];
	return NULL;
}

/* dev is some original's interposer, by the last LIST (n entries). */
static bool is_interposer(struct worker *w, int n, dev_t dev)
{
	int i;

	for (i = 0; i < n; i++)
		if ((w->entries[i].state & BLKINTERPOSER_STATE_ATTACHED) &&
		    to_dev(&w->entries[i].interposer) == dev)
			return true;
	return false;
}

/* One of this process's files holds a freeze of dev. */
static bool frozen_by_us(struct worker *w, dev_t dev)
{
	int i;

	for (i = 0; i < NFDS; i++)
		if (find_freeze(&w->fds[i], dev))
			return true;
	return false;
}

/* ---- device-mapper, directly through its ioctls ------------------------------- */

struct dmbuf {
	struct dm_ioctl io;
	unsigned char data[1024];
};

static void dm_init(struct dmbuf *b, const char *name)
{
	memset(b, 0, sizeof(*b));
	b->io.version[0] = DM_VERSION_MAJOR;
	b->io.version[1] = 0;
	b->io.version[2] = 0;
	b->io.data_size = sizeof(*b);
	b->io.data_start = sizeof(struct dm_ioctl);
	snprintf(b->io.name, sizeof(b->io.name), "%s", name);
}

static int dm_call(unsigned long cmd, struct dmbuf *b)
{
	int fd = open(DM_CONTROL, O_RDWR | O_CLOEXEC), ret;

	if (fd < 0)
		return -errno;
	ret = ioctl(fd, cmd, b) < 0 ? -errno : 0;
	close(fd);
	return ret;
}

static int dm_remove(const char *name)
{
	struct dmbuf b;
	int ret;

	dm_init(&b, name);
	ret = dm_call(DM_DEV_STATUS, &b);
	if (ret)
		return ret;
	if (b.io.open_count)
		return -EBUSY;
	/* Suspending waits for bios still in flight in it. */
	dm_init(&b, name);
	b.io.flags = DM_SUSPEND_FLAG;
	ret = dm_call(DM_DEV_SUSPEND, &b);
	if (ret)
		return ret;
	dm_init(&b, name);
	ret = dm_call(DM_DEV_REMOVE, &b);
	if (ret) {
		/* Opened meanwhile (attached by another process): resume it. */
		dm_init(&b, name);
		dm_call(DM_DEV_SUSPEND, &b);
	}
	return ret;
}

/* A dm-linear NAME of SECTORS over the device TARGET. */
static int dm_linear(const char *name, uint64_t sectors, dev_t target, dev_t *out)
{
	struct dm_target_spec *spec;
	struct dmbuf b;
	int ret;

	dm_init(&b, name);
	ret = dm_call(DM_DEV_CREATE, &b);
	if (ret)
		return ret;
	*out = (dev_t)b.io.dev;
	dm_init(&b, name);
	b.io.target_count = 1;
	spec = (struct dm_target_spec *)b.data;
	spec->sector_start = 0;
	spec->length = sectors;
	snprintf(spec->target_type, sizeof(spec->target_type), "linear");
	snprintf((char *)(spec + 1), sizeof(b.data) - sizeof(*spec), "%u:%u 0",
		 major(target), minor(target));
	ret = dm_call(DM_TABLE_LOAD, &b);
	if (!ret) {
		dm_init(&b, name);
		ret = dm_call(DM_DEV_SUSPEND, &b);	/* no flag: resume */
	}
	if (ret) {
		dm_init(&b, name);
		dm_call(DM_DEV_REMOVE, &b);
	}
	return ret;
}

/* ---- the calls ------------------------------------------------------------------- */

/* Random bytes into reserved fields / flags (at least one non-zero). */
static void poison(struct worker *w, void *p, size_t n)
{
	unsigned char *c = p;
	size_t i;

	for (i = 0; i < n; i++)
		c[i] = chance(&w->rng, 30) ? (unsigned char)next64(&w->rng) : 0;
	c[rnd(&w->rng, (uint32_t)n)] |= 1U << rnd(&w->rng, 8);
}

/*
 * Fill a struct for a real command: mostly valid, sometimes with reserved
 * fields set (*expect = EINVAL) or device numbers out of range (EINVAL).
 */
static void fill_struct(struct worker *w, unsigned int cmd, void *p, int *expect)
{
	bool bad_reserved = chance(&w->rng, 12);
	bool bad_dev;

	memset(p, 0, 64);
	*expect = -1;	/* anything documented */
	switch (cmd) {
	case BLKINTERPOSER_IOC_VERSION:
		if (chance(&w->rng, 50))
			poison(w, p, 64);	/* output only: ignored */
		*expect = 0;
		return;
	case BLKINTERPOSER_IOC_BYPASS_CREATE: {
		struct blkinterposer_bypass *b = p;

		pick_dev(w, &b->original);
		bad_dev = !dev_in_range(&b->original);
		if (bad_reserved) {
			/* bypass and index are output, and zero on input too */
			switch (rnd(&w->rng, 4)) {
			case 0:
				poison(w, &b->flags, sizeof(b->flags));
				break;
			case 1:
				poison(w, b->reserved, sizeof(b->reserved));
				break;
			case 2:
				poison(w, &b->bypass, sizeof(b->bypass));
				break;
			default:
				poison(w, &b->index, sizeof(b->index));
				break;
			}
		}
		if (bad_reserved || bad_dev)
			*expect = EINVAL;
		return;
	}
	case BLKINTERPOSER_IOC_ATTACH: {
		struct blkinterposer_attach *a = p;

		pick_dev(w, &a->original);
		if (chance(&w->rng, 40)) {
			/* a device-mapper device, if there is one */
			int i, start = (int)rnd(&w->rng, w->n_pool ? (uint32_t)w->n_pool : 1);

			pick_dev(w, &a->interposer);
			for (i = 0; i < w->n_pool; i++) {
				struct dev *d = &w->pool[(start + i) % w->n_pool];

				if (d->dm) {
					set_dev(&a->interposer, d->dev);
					break;
				}
			}
		} else {
			pick_dev(w, &a->interposer);
		}
		make_attach_safe(a);
		bad_dev = !dev_in_range(&a->original) || !dev_in_range(&a->interposer);
		if (bad_reserved) {
			switch (rnd(&w->rng, 3)) {
			case 0:
				poison(w, &a->flags, sizeof(a->flags));
				break;
			case 1:
				poison(w, &a->reserved0, sizeof(a->reserved0));
				break;
			default:
				poison(w, a->reserved, sizeof(a->reserved));
				break;
			}
		}
		if (bad_reserved || bad_dev)
			*expect = EINVAL;
		return;
	}
	case BLKINTERPOSER_IOC_LIST: {
		struct blkinterposer_list *l = p;

		/* w->list_room: how many entries fit where entries points */
		w->list_room = 0;
		switch (rnd(&w->rng, 8)) {
		case 0:
			l->entries = 0;
			l->capacity = rnd(&w->rng, 2) ? 0 : 0xffffffffU;
			break;
		case 1:
			l->entries = (uintptr_t)w->entries;
			l->capacity = 0xffffffffU;
			w->list_room = ENTRIES_ROOM;
			break;
		case 2:
			l->entries = (uintptr_t)w->entries;
			l->capacity = rnd(&w->rng, 4);
			w->list_room = ENTRIES_ROOM;
			break;
		case 3:
			l->entries = 0xffff888000000000ULL;
			l->capacity = 1 + rnd(&w->rng, 100);
			break;
		case 4:
			l->entries = (uintptr_t)w->unmapped;
			l->capacity = 1 + rnd(&w->rng, 100);
			break;
		case 5:
			l->entries = (uintptr_t)w->ro;
			l->capacity = 1 + rnd(&w->rng, 64);
			break;
		case 6:
			/* one entry's room before an unmapped page */
			l->entries = (uintptr_t)(w->guard + 4096 - sizeof(*w->entries));
			l->capacity = 1 + rnd(&w->rng, 1000);
			w->list_room = 1;
			break;
		default:
			l->entries = (uintptr_t)w->entries;
			l->capacity = ENTRIES_ROOM;
			w->list_room = ENTRIES_ROOM;
			break;
		}
		if (l->entries == (uintptr_t)w->entries)
			memset(w->entries, CANARY, ENTRIES_ROOM * sizeof(*w->entries));
		w->list_entries = l->entries;
		w->list_capacity = l->capacity;
		if (chance(&w->rng, 20))
			l->count = (uint32_t)next64(&w->rng);	/* output only */
		if (bad_reserved) {
			poison(w, l->reserved, sizeof(l->reserved));
			*expect = EINVAL;
		}
		return;
	}
	default: {
		/* BYPASS_DESTROY, DETACH, FREEZE, THAW */
		struct blkinterposer_target *t = p;

		pick_dev(w, &t->original);
		bad_dev = !dev_in_range(&t->original);
		if (bad_reserved) {
			switch (rnd(&w->rng, 3)) {
			case 0:
				poison(w, &t->flags, sizeof(t->flags));
				break;
			case 1:
				poison(w, &t->reserved0, sizeof(t->reserved0));
				break;
			default:
				poison(w, t->reserved, sizeof(t->reserved));
				break;
			}
		}
		if (bad_reserved || bad_dev)
			*expect = EINVAL;
		return;
	}
	}
}

/*
 * LIST with a valid struct (made by fill_struct) answered e: it wrote no
 * more entries than fit where it was told to, and failed with EFAULT
 * exactly when they did not fit (phase 1: nothing changes the count).
 */
static void after_list(struct worker *w, struct ctlfd *c, const struct blkinterposer_list *l,
		       int e)
{
	uint32_t fit;
	int n;

	if (e && e != EFAULT) {
		failure(w, "LIST with zero reserved fields: %s", ename(e));
		return;
	}
	if (!e) {
		fit = l->count < w->list_capacity ? l->count : w->list_capacity;
		if (fit > w->list_room)
			failure(w, "LIST succeeded, writing %u entries where %u fit", fit,
				w->list_room);
		if (l->entries != w->list_entries || l->capacity != w->list_capacity)
			failure(w, "LIST changed entries or capacity on output");
		if (l->entries == (uintptr_t)w->entries) {
			check_canary(w, fit);
			check_entries(w, w->entries, fit);
		}
	}
	if (w->concurrent)
		return;
	n = list_all(w, c->fd);
	if (n < 0)
		return;
	fit = (uint32_t)n < w->list_capacity ? (uint32_t)n : w->list_capacity;
	if (!e && l->count != (uint32_t)n)
		failure(w, "LIST counted %u originals, a LIST right after it %d", l->count, n);
	if (e == EFAULT && fit <= w->list_room)
		failure(w, "LIST answered EFAULT, though its %u entries fit in the %u it was given",
			fit, w->list_room);
}

/* After a call of a real command with a struct at p, answered e. */
static void after(struct worker *w, struct ctlfd *c, unsigned int cmd, void *p, int e,
		  int expect, bool readable)
{
	enum kind k = kind_of(cmd);

	if (expect >= 0 && e != expect)
		failure(w, "%s: expected %s, got %s", kind_names[k], ename(expect), ename(e));
	if (cmd == BLKINTERPOSER_IOC_LIST && expect < 0 && readable)
		after_list(w, c, p, e);
	if (cmd == BLKINTERPOSER_IOC_FREEZE || cmd == BLKINTERPOSER_IOC_THAW) {
		struct blkinterposer_target *t = p;
		dev_t dev = to_dev(&t->original);
		bool held = dev_in_range(&t->original) && find_freeze(c, dev);

		if (cmd == BLKINTERPOSER_IOC_FREEZE) {
			if (!e) {
				if (held)
					failure(w, "a second FREEZE of %u:%u on one file succeeded",
						major(dev), minor(dev));
				else if (c->n_freezes < MAX_FREEZES)
					c->freezes[c->n_freezes++] = (struct freeze){ dev, w->op };
				else
					thaw_one(w, c, dev);	/* cannot track more: undo */
				add(&sh->freezes_ok, 1);
			} else if (held && expect < 0 && e != EALREADY) {
				failure(w, "a second FREEZE of %u:%u: %s, not EALREADY", major(dev),
					minor(dev), ename(e));
			}
		} else {
			if (!e && !held)
				failure(w, "THAW of %u:%u, which this file did not freeze, succeeded",
					major(dev), minor(dev));
			if (!held && expect < 0 && e != ENOENT)
				failure(w, "THAW of %u:%u without FREEZE: %s, not ENOENT", major(dev),
					minor(dev), ename(e));
			if (held && expect < 0 && e)
				failure(w, "THAW of %u:%u, frozen by this file: %s", major(dev),
					minor(dev), ename(e));
			if (held && (!e || expect < 0))
				drop_freeze(c, dev);
		}
	}
	if (e || !readable)
		return;
	if (cmd == BLKINTERPOSER_IOC_VERSION) {
		struct blkinterposer_version *v = p;

		if (v->abi_version != BLKINTERPOSER_ABI_VERSION || v->reserved0 ||
		    !all_zero(v->reserved, sizeof(v->reserved)) || (v->features & ~0x1fULL) ||
		    v->features != 0x1f)
			failure(w, "VERSION: abi %u features 0x%llx, or reserved fields set",
				v->abi_version, (unsigned long long)v->features);
	} else if (cmd == BLKINTERPOSER_IOC_BYPASS_CREATE) {
		struct blkinterposer_bypass *b = p;

		if (b->flags || !all_zero(b->reserved, sizeof(b->reserved)) ||
		    b->bypass.major != bypass_major || b->bypass.minor != b->index)
			failure(w, "BYPASS_CREATE answered bypass %u:%u index %u", b->bypass.major,
				b->bypass.minor, b->index);
		add(&sh->bypasses_ok, 1);
	} else if (cmd == BLKINTERPOSER_IOC_LIST) {
		struct blkinterposer_list *l = p;

		if (!all_zero(l->reserved, sizeof(l->reserved)))
			failure(w, "LIST: reserved fields set on output");
	} else if (cmd == BLKINTERPOSER_IOC_ATTACH) {
		add(&sh->attaches_ok, 1);
	} else if (cmd == BLKINTERPOSER_IOC_DETACH) {
		add(&sh->detaches_ok, 1);
	}
}

/* A real command with a mostly valid struct in valid memory. */
static void op_real(struct worker *w)
{
	unsigned int cmd = real_cmds[rnd(&w->rng, 8)];
	struct ctlfd *c = &w->fds[rnd(&w->rng, NFDS)];
	unsigned char *p = w->page + 64 * rnd(&w->rng, 64);
	int expect, e;

	if (cmd == BLKINTERPOSER_IOC_ATTACH)
		lock_dm(w);
	fill_struct(w, cmd, p, &expect);
	/* THAW: half the time of something this file froze. */
	if (cmd == BLKINTERPOSER_IOC_THAW && c->n_freezes && chance(&w->rng, 50) && expect < 0)
		set_dev(&((struct blkinterposer_target *)p)->original,
			c->freezes[rnd(&w->rng, c->n_freezes)].dev);
	e = issue(w, kind_of(cmd), c->fd, cmd, p);
	if (cmd == BLKINTERPOSER_IOC_ATTACH)
		unlock_dm(w);
	after(w, c, cmd, p, e, expect, true);
}

/* A real command whose argument is a bad pointer, or a read-only struct. */
static void op_badptr(struct worker *w)
{
	unsigned int cmd = real_cmds[rnd(&w->rng, 8)];
	struct ctlfd *c = &w->fds[rnd(&w->rng, NFDS)];
	unsigned char tmp[64];
	int expect, e;
	void *arg;

	switch (rnd(&w->rng, 9)) {
	case 0:
		arg = NULL;
		break;
	case 1:
		arg = w->unmapped;
		break;
	case 2:
		arg = (void *)0xffff888000000000ULL;	/* the direct map */
		break;
	case 3:
		arg = (void *)0xffffffff81000000ULL;	/* kernel text */
		break;
	case 4:
		arg = (void *)0x8000000000000000ULL;	/* not canonical */
		break;
	case 5:
		arg = (void *)1;
		break;
	case 6:
		arg = (void *)(uintptr_t)-64;
		break;
	case 7:
		/* straddles the unmapped page */
		arg = w->guard + 4096 - 1 - rnd(&w->rng, 63);
		break;
	default:
		/* a read-only struct: readable, not writable */
		if (cmd == BLKINTERPOSER_IOC_ATTACH)
			lock_dm(w);
		fill_struct(w, cmd, tmp, &expect);
		if (mprotect(w->ro, 4096, PROT_READ | PROT_WRITE) == 0) {
			memcpy(w->ro, tmp, 64);
			mprotect(w->ro, 4096, PROT_READ);
		} else {
			failure(w, "mprotect: %s", strerror(errno));
		}
		e = issue(w, kind_of(cmd), c->fd, cmd, w->ro);
		if (cmd == BLKINTERPOSER_IOC_ATTACH)
			unlock_dm(w);
		if (_IOC_DIR(cmd) & _IOC_READ) {
			/*
			 * Written back: EFAULT, unless the command failed
			 * first (with EINVAL when fill_struct said so).
			 */
			if (expect > 0 && e != expect)
				failure(w, "%s from a read-only struct: expected %s, got %s",
					kind_names[kind_of(cmd)], ename(expect), ename(e));
			if (expect == 0 && e != EFAULT)
				failure(w, "%s into a read-only struct: %s, not EFAULT",
					kind_names[kind_of(cmd)], ename(e));
			if (!e)
				failure(w, "%s into a read-only struct succeeded",
					kind_names[kind_of(cmd)]);
		} else {
			after(w, c, cmd, w->ro, e, expect, false);
		}
		return;
	}
	e = issue(w, kind_of(cmd), c->fd, cmd, arg);
	if (e != EFAULT)
		failure(w, "%s with argument %p: %s, not EFAULT", kind_names[kind_of(cmd)], arg,
			ename(e));
}

static const unsigned int odd_sizes[] = { 0, 1, 4, 8, 16, 32, 48, 56, 60, 63, 65, 72, 96,
					   128, 256, 512, 4096, 16383 };

/* Our magic with another number, direction or size: ENOTTY, before anything. */
static void op_wrong_nr(struct worker *w)
{
	struct ctlfd *c = &w->fds[rnd(&w->rng, NFDS)];
	unsigned int nr, dir, size, cmd;
	size_t i;
	void *arg;
	int e;

	do {
		nr = chance(&w->rng, 75) ? rnd(&w->rng, 8) : rnd(&w->rng, 256);
		dir = rnd(&w->rng, 4);
		size = chance(&w->rng, 70) ? odd_sizes[rnd(&w->rng, ARRAY_SIZE(odd_sizes))]
					   : rnd(&w->rng, 1U << 14);
		if (chance(&w->rng, 25))
			size = 64;	/* the right size, another direction or number */
		cmd = _IOC(dir, BLKINTERPOSER_IOC_MAGIC, nr, size);
		for (i = 0; i < ARRAY_SIZE(real_cmds); i++)
			if (cmd == real_cmds[i])
				break;
	} while (i < ARRAY_SIZE(real_cmds));
	switch (rnd(&w->rng, 3)) {
	case 0:
		arg = w->iobuf;	/* 16 KiB of room */
		break;
	case 1:
		arg = NULL;
		break;
	default:
		arg = (void *)0xffff888000000000ULL;
		break;
	}
	e = issue(w, K_WRONG_NR, c->fd, cmd, arg);
	if (e != ENOTTY)
		failure(w, "ioctl 0x%08x (nr %u dir %u size %u): %s, not ENOTTY", cmd, nr, dir, size,
			ename(e));
}

/*
 * Types the VFS answers itself before the driver (FIFREEZE, FIOCLEX, ...
 * in 'X', 'T', 'f', 0x94, 0x15 and 0): never issued, a frozen /dev would
 * hang the guest.
 */
static bool vfs_type(unsigned int type)
{
	return type == 'X' || type == 'T' || type == 'f' || type == 0x94 || type == 0x15 ||
	       type == 0 || type == BLKINTERPOSER_IOC_MAGIC;
}

static void op_foreign(struct worker *w)
{
	struct ctlfd *c = &w->fds[rnd(&w->rng, NFDS)];
	unsigned int cmd;
	int e;

	do {
		if (chance(&w->rng, 50))
			cmd = (unsigned int)next64(&w->rng);
		else
			cmd = _IOC(rnd(&w->rng, 4), rnd(&w->rng, 256), rnd(&w->rng, 256),
				   chance(&w->rng, 50) ? 64 : rnd(&w->rng, 1U << 14));
	} while (vfs_type(_IOC_TYPE(cmd)));
	e = issue(w, K_FOREIGN, c->fd, cmd, chance(&w->rng, 50) ? (void *)w->iobuf : NULL);
	if (e != ENOTTY)
		failure(w, "foreign ioctl 0x%08x: %s, not ENOTTY", cmd, ename(e));
}

/* ---- the valid sequence of a session, a step at a time --------------------- */

/*
 * In phase 1, a step of the valid sequence must succeed unless the last
 * LIST shows a documented reason; allowed is a bit mask of the errnos
 * those reasons give (bit e for errno e, all below 64).
 */
#define ERRBIT(e) (1ULL << (e))

static void expect_step(struct worker *w, const char *what, const char *path, int e,
			uint64_t allowed)
{
	if (!e || w->concurrent || (e < 64 && (allowed & ERRBIT(e))))
		return;
	failure(w, "%s of %s in the valid sequence: %s, and LIST shows no reason for it", what,
		path, ename(e));
}

static void seq_attach(struct worker *w, struct ctlfd *c, int idx, int n)
{
	struct argdev *x = &originals[idx];
	struct seqdm *dm = &w->dms[idx];
	struct blkinterposer_attach a = { 0 };
	uint64_t allowed = 0, orig_sectors, dm_sectors;
	int e;

	set_dev(&a.original, x->dev);
	set_dev(&a.interposer, dm->dev);
	make_attach_safe(&a);
	if (is_interposer(w, n, x->dev) || entry_of(w, n, dm->dev) ||
	    to_dev(&a.interposer) != dm->dev)
		allowed |= ERRBIT(ELOOP);
	if (is_interposer(w, n, dm->dev))
		allowed |= ERRBIT(EBUSY);
	/* a loop device grown since its dm-linear was made */
	if (!dev_sectors(x->dev, &orig_sectors) || !dev_sectors(dm->dev, &dm_sectors) ||
	    orig_sectors > dm_sectors)
		allowed |= ERRBIT(ENOSPC);
	e = issue(w, K_ATTACH, c->fd, BLKINTERPOSER_IOC_ATTACH, &a);
	if (!e)
		add(&sh->attaches_ok, 1);
	expect_step(w, "ATTACH", x->path, e, allowed);
}

/*
 * A dm-linear over the bypass LIST names for the original, as large as the
 * original is now (loop devices are resized). The bypass is checked again
 * once the table holds it open: between that LIST and the table load
 * another process may have destroyed it and made a bypass of another
 * original with the same number.
 */
static void seq_dm_linear(struct worker *w, struct ctlfd *c, int idx, dev_t bypass)
{
	struct argdev *x = &originals[idx];
	struct seqdm *dm = &w->dms[idx];
	const struct blkinterposer_entry *ent;
	uint64_t sectors;
	int n;

	snprintf(dm->name, sizeof(dm->name), DM_PREFIX "-w%d-%d", w->id, idx);
	if (!dev_sectors(x->dev, &sectors) || !sectors ||
	    dm_linear(dm->name, sectors, bypass, &dm->dev))
		return;
	dm->exists = true;
	add(&sh->dm_made, 1);
	n = list_all(w, c->fd);
	ent = n < 0 ? NULL : entry_of(w, n, x->dev);
	if (ent && (ent->state & BLKINTERPOSER_STATE_BYPASS) && to_dev(&ent->bypass) == bypass)
		return;
	if (!w->concurrent)
		failure(w, "the bypass %u:%u of %s changed while no other process ran",
			major(bypass), minor(bypass), x->path);
	if (!dm_remove(dm->name)) {
		dm->exists = false;
		add(&sh->dm_removed, 1);
	} else {
		failure(w, "cannot remove %s, made over a bypass that is not %s's", dm->name,
			x->path);
	}
}

/* One step of the valid sequence of a session, for a random original. */
static void op_sequence(struct worker *w)
{
	int idx = (int)rnd(&w->rng, (uint32_t)n_originals), n, e;
	struct argdev *x = &originals[idx];
	struct seqdm *dm = &w->dms[idx];
	const struct blkinterposer_entry *ent;
	struct ctlfd *c = &w->fds[0];
	bool attached, bypass;

	lock_dm(w);
	n = list_all(w, c->fd);
	if (n < 0)
		goto unlock;
	ent = entry_of(w, n, x->dev);
	attached = ent && (ent->state & BLKINTERPOSER_STATE_ATTACHED);
	bypass = ent && (ent->state & BLKINTERPOSER_STATE_BYPASS);

	if (attached) {
		struct blkinterposer_target t = { 0 };

		set_dev(&t.original, x->dev);
		e = issue(w, K_DETACH, c->fd, BLKINTERPOSER_IOC_DETACH, &t);
		if (!e)
			add(&sh->detaches_ok, 1);
		expect_step(w, "DETACH", x->path, e, 0);
	} else if (dm->exists && bypass && chance(&w->rng, 75)) {
		seq_attach(w, c, idx, n);
	} else if (dm->exists) {
		if (!dm_remove(dm->name)) {
			dm->exists = false;
			add(&sh->dm_removed, 1);
		}
	} else if (bypass && chance(&w->rng, 75)) {
		seq_dm_linear(w, c, idx, to_dev(&ent->bypass));
	} else if (bypass) {
		struct blkinterposer_target t = { 0 };

		set_dev(&t.original, x->dev);
		e = issue(w, K_BYPASS_DESTROY, c->fd, BLKINTERPOSER_IOC_BYPASS_DESTROY, &t);
		/* open: by a FREEZE of this process's (a FREEZE opens the device) */
		expect_step(w, "BYPASS_DESTROY", x->path, e,
			    frozen_by_us(w, to_dev(&ent->bypass)) ? ERRBIT(EBUSY) : 0);
	} else {
		struct blkinterposer_bypass b = { 0 };

		set_dev(&b.original, x->dev);
		e = issue(w, K_BYPASS_CREATE, c->fd, BLKINTERPOSER_IOC_BYPASS_CREATE, &b);
		after(w, c, BLKINTERPOSER_IOC_BYPASS_CREATE, &b, e, -1, true);
		expect_step(w, "BYPASS_CREATE", x->path, e,
			    is_interposer(w, n, x->dev) ? ERRBIT(ELOOP) : 0);
	}
unlock:
	unlock_dm(w);
}

/* ---- I/O and sysfs ------------------------------------------------------------ */

static void op_io(struct worker *w)
{
	bool write = n_scratch && chance(&w->rng, 40);
	struct argdev *a;
	uint64_t blocks;
	off_t off;
	int fd;

	if (write)
		a = &scratch[rnd(&w->rng, (uint32_t)n_scratch)];
	else if (n_protect && chance(&w->rng, 40))
		a = &protect[rnd(&w->rng, (uint32_t)n_protect)];
	else if (n_originals)
		a = &originals[rnd(&w->rng, (uint32_t)n_originals)];
	else
		return;
	if (!dev_sectors(a->dev, &blocks))
		return;
	blocks /= 8;
	if (!blocks)
		return;
	off = (off_t)rnd(&w->rng, (uint32_t)(blocks > UINT32_MAX ? UINT32_MAX : blocks)) * 4096;
	fd = open(a->path, (write ? O_RDWR : O_RDONLY) | O_DIRECT | O_CLOEXEC);
	if (fd < 0)
		return;
	/* Fails when the device is read-only or was shrunk meanwhile. */
	if (write) {
		memset(w->iobuf, (int)w->op, 4096);
		if (pwrite(fd, w->iobuf, 4096, off) != 4096)
			add(&sh->io_errors, 1);
	} else if (pread(fd, w->iobuf, 4096, off) != 4096) {
		add(&sh->io_errors, 1);
	}
	close(fd);
	add(&sh->io_ops, 1);
}

/*
 * Resize a --resizable loop device (its backing file, then
 * LOOP_SET_CAPACITY), up to 24 MiB: an original that grows or shrinks
 * under its bypass and interposer.
 */
static void op_resize(struct worker *w)
{
	struct argdev *a;
	char path[300], file[512];
	off_t size = (off_t)(8 + 4 * rnd(&w->rng, 5)) << 20;
	int fd;

	if (!n_resizable)
		return;
	a = &resizable[rnd(&w->rng, (uint32_t)n_resizable)];
	snprintf(path, sizeof(path), "/sys/dev/block/%u:%u/loop/backing_file", major(a->dev),
		 minor(a->dev));
	if (!read_line(path, file, sizeof(file)) || truncate(file, size))
		return;
	fd = open(a->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	if (ioctl(fd, LOOP_SET_CAPACITY, 0) == 0)
		add(&sh->resizes, 1);
	close(fd);
}

/* Make a --scratch device read-only or writable again (BLKROSET). */
static void op_readonly(struct worker *w)
{
	struct argdev *a;
	int fd, ro = chance(&w->rng, 50);

	if (!n_scratch)
		return;
	a = &scratch[rnd(&w->rng, (uint32_t)n_scratch)];
	fd = open(a->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	if (ioctl(fd, BLKROSET, &ro) == 0)
		add(&sh->ro_toggles, 1);
	close(fd);
}

static void op_sysfs(struct worker *w)
{
	static const long long offsets[] = { 0, 1, 63, 100, 4095, 4096, 1LL << 40 };
	char buf[8192];
	int fd = open(MAPPINGS, O_RDONLY | O_CLOEXEC);
	size_t size = 1 + rnd(&w->rng, sizeof(buf));

	if (fd < 0) {
		failure(w, "cannot open %s: %s", MAPPINGS, strerror(errno));
		return;
	}
	if (pread(fd, buf, size, offsets[rnd(&w->rng, 7)]) < 0)
		failure(w, "reading %s: %s", MAPPINGS, strerror(errno));
	close(fd);
	add(&sh->sysfs_reads, 1);
}

/* ---- one process's loop --------------------------------------------------------- */

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void worker_init(struct worker *w, int id, const char *phase, uint64_t seed,
			bool concurrent)
{
	unsigned char *two;
	int i;

	memset(w, 0, sizeof(*w));
	w->id = id;
	w->phase = phase;
	w->concurrent = concurrent;
	rng_seed(&w->rng, seed);
	/* Its own open file: flock() locks belong to the open file. */
	w->lockfd = open(lock_path, O_RDWR | O_CLOEXEC);
	if (w->lockfd < 0) {
		fprintf(stderr, "blkinterposer-fuzz: cannot open %s: %m\n", lock_path);
		exit(1);
	}
	for (i = 0; i < NFDS; i++)
		w->fds[i].fd = open_ctl(i);
	w->n_pool = scan_pool(w->pool);
	w->page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	two = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	w->ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	w->unmapped = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (w->page == MAP_FAILED || two == MAP_FAILED || w->ro == MAP_FAILED ||
	    w->unmapped == MAP_FAILED || munmap(w->unmapped, 4096) || munmap(two + 4096, 4096)) {
		perror("blkinterposer-fuzz: mmap");
		exit(1);
	}
	w->guard = two;
	w->entries = calloc(ENTRIES_ROOM, sizeof(*w->entries));
	if (!w->entries || posix_memalign((void **)&w->iobuf, 4096, 1U << 14)) {
		perror("blkinterposer-fuzz: memory");
		exit(1);
	}
	memset(w->iobuf, 0, 1U << 14);
}

static unsigned long run(struct worker *w, unsigned long iterations, double deadline)
{
	for (w->op = 0; w->op < iterations && now() < deadline; w->op++) {
		uint32_t r = rnd(&w->rng, 1000);

		thaw_old(w, false);
		if (w->op % 256 == 255) {
			w->n_pool = scan_pool(w->pool);
			if (!w->concurrent)
				check_list_vs_sysfs(w);
		}
		if (r < 380)
			op_real(w);
		else if (r < 500)
			op_badptr(w);
		else if (r < 600)
			op_wrong_nr(w);
		else if (r < 650)
			op_foreign(w);
		else if (r < 880)
			op_sequence(w);
		else if (r < 930)
			op_io(w);
		else if (r < 945)
			op_sysfs(w);
		else if (r < 950 && chance(&w->rng, 50))
			op_resize(w);
		else if (r < 950)
			op_readonly(w);
		else if (r < 975)
			reopen(w, (int)rnd(&w->rng, NFDS));
		else
			thaw_old(w, true);
	}
	thaw_old(w, true);
	return w->op;
}

static void worker_close(struct worker *w)
{
	int i;

	for (i = 0; i < NFDS; i++)
		close(w->fds[i].fd);
	close(w->lockfd);
	free(w->entries);
	free(w->iobuf);
}

/* ---- phase 3: without CAP_SYS_ADMIN ----------------------------------------------- */

static int drop_sys_admin(void)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];

	if (syscall(SYS_capget, &hdr, data))
		return -1;
	data[CAP_SYS_ADMIN / 32].effective &= ~(1U << (CAP_SYS_ADMIN % 32));
	data[CAP_SYS_ADMIN / 32].permitted &= ~(1U << (CAP_SYS_ADMIN % 32));
	return (int)syscall(SYS_capset, &hdr, data);
}

static void nocap(uint64_t seed, unsigned long iterations)
{
	struct worker w;
	unsigned long i;

	worker_init(&w, 99, "phase 3", seed, true);
	if (drop_sys_admin()) {
		perror("blkinterposer-fuzz: capset");
		exit(1);
	}
	for (i = 0; i < iterations; i++) {
		unsigned int cmd;
		unsigned char *p = w.page;
		int expect, e;

		w.op = i;
		switch (rnd(&w.rng, 3)) {
		case 0:
			cmd = real_cmds[rnd(&w.rng, 8)];
			fill_struct(&w, cmd, p, &expect);
			break;
		case 1:
			cmd = _IOC(rnd(&w.rng, 4), BLKINTERPOSER_IOC_MAGIC, rnd(&w.rng, 16),
				   odd_sizes[rnd(&w.rng, ARRAY_SIZE(odd_sizes))]);
			p = w.iobuf;
			break;
		default:
			do
				cmd = (unsigned int)next64(&w.rng);
			while (vfs_type(_IOC_TYPE(cmd)));
			p = w.iobuf;
			break;
		}
		e = issue(&w, K_NOCAP, w.fds[rnd(&w.rng, NFDS)].fd, cmd,
			  chance(&w.rng, 20) ? NULL : (void *)p);
		if (e != EPERM)
			failure(&w, "ioctl 0x%08x without CAP_SYS_ADMIN: %s, not EPERM", cmd, ename(e));
	}
	worker_close(&w);
}

/* ---- cleanup: undo everything, through LIST ------------------------------------- */

static int remove_our_dm(void)
{
	DIR *d = opendir("/sys/block");
	struct dirent *de;
	int left = 0;

	if (!d)
		return 0;
	while ((de = readdir(d))) {
		char path[300], name[128];

		if (strncmp(de->d_name, "dm-", 3))
			continue;
		snprintf(path, sizeof(path), "/sys/block/%s/dm/name", de->d_name);
		if (!read_line(path, name, sizeof(name)) || strncmp(name, DM_PREFIX "-", 5))
			continue;
		if (dm_remove(name))
			left++;
		else
			add(&sh->dm_removed, 1);
	}
	closedir(d);
	return left;
}

static int cleanup(struct worker *w)
{
	int round, n = 0, i, dm_left = 0;

	for (round = 0; round < 10; round++) {
		n = list_all(w, w->fds[0].fd);
		if (n < 0)
			break;
		for (i = 0; i < n; i++) {
			struct blkinterposer_entry *e = &w->entries[i];
			struct blkinterposer_target t = { 0 };

			t.original = e->original;
			if ((e->state & BLKINTERPOSER_STATE_ATTACHED) &&
			    issue(w, K_DETACH, w->fds[0].fd, BLKINTERPOSER_IOC_DETACH, &t))
				failure(w, "cleanup: DETACH %u:%u failed", t.original.major,
					t.original.minor);
		}
		/* The tables over bypasses first: they hold them open. */
		remove_our_dm();
		for (i = 0; i < n; i++) {
			struct blkinterposer_entry *e = &w->entries[i];
			struct blkinterposer_target t = { 0 };

			t.original = e->original;
			if (e->state & BLKINTERPOSER_STATE_BYPASS)
				issue(w, K_BYPASS_DESTROY, w->fds[0].fd,
				      BLKINTERPOSER_IOC_BYPASS_DESTROY, &t);
		}
		/* Tables over dm-linears that had a bypass (made by op_real). */
		dm_left = remove_our_dm();
		n = list_all(w, w->fds[0].fd);
		if (n == 0 && dm_left == 0)
			break;
	}
	if (n != 0)
		failure(w, "cleanup: LIST still has %d originals", n);
	if (dm_left)
		failure(w, "cleanup: %d device-mapper devices of ours could not be removed",
			dm_left);
	check_list_vs_sysfs(w);
	return round + 1;
}

/* ---- main ------------------------------------------------------------------------ */

static int usage(void)
{
	fprintf(stderr,
		"usage: blkinterposer-fuzz [--seed N] [--iterations N] [--seconds S]\n"
		"         [--workers N] [--concurrent-iterations N] [--nocap-iterations N]\n"
		"         [--original DEV]... [--protect DEV]... [--scratch DEV]...\n"
		"         [--resizable LOOPDEV]...\n"
		"  --original: devices the valid sequences use (bypass, dm-linear, attach)\n"
		"  --protect:  the mounted device: larger than any other original\n"
		"  --scratch:  devices the fuzzer may write to (not mounted, no data)\n"
		"  --resizable: loop devices it may resize (8 to 24 MiB) and make read-only\n"
		"Only in a test VM: it redirects and writes real devices.\n");
	return 2;
}

static void print_stats(double seconds)
{
	unsigned long total = 0;
	int k, e;

	printf("\nioctls issued, by command and answer:\n");
	for (k = 0; k < K_COUNT; k++) {
		unsigned long sum = 0;

		for (e = 0; e < MAX_ERRNO; e++)
			sum += sh->count[k][e];
		total += sum;
		printf("  %-26s %7lu:", kind_names[k], sum);
		for (e = 0; e < MAX_ERRNO; e++)
			if (sh->count[k][e])
				printf(" %s %lu", ename(e), sh->count[k][e]);
		printf("\n");
	}
	printf("total %lu ioctls in %.1f s; succeeded: %lu bypasses, %lu attaches, %lu detaches, %lu freezes; %lu dm-linear made, %lu removed; %lu block I/Os (%lu failed), %lu sysfs reads, %lu resizes, %lu read-only toggles\n",
	       total, seconds, sh->bypasses_ok, sh->attaches_ok, sh->detaches_ok, sh->freezes_ok,
	       sh->dm_made, sh->dm_removed, sh->io_ops, sh->io_errors, sh->sysfs_reads,
	       sh->resizes, sh->ro_toggles);
}

static int add_arg(struct argdev *list, int *n, const char *arg)
{
	if (*n == MAX_ARGS || parse_argdev(arg, &list[*n]))
		return -1;
	(*n)++;
	return 0;
}

/* The major number of the bypass disks, from /proc/devices; 0 if none. */
static unsigned int find_bypass_major(void)
{
	FILE *f = fopen("/proc/devices", "re");
	unsigned int m, found = 0;
	char line[64], name[64];

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "%u %63s", &m, name) == 2 && !strcmp(name, "ipbypass"))
			found = m;
	fclose(f);
	return found;
}

/* The safety rule needs the protected device to be the largest original. */
static int check_safety(const struct dev *pool, int n_pool)
{
	int i;

	for (i = 0; i < n_protect; i++)
		if (protect[i].sectors < protect_min)
			protect_min = protect[i].sectors;
	for (i = 0; i < n_pool; i++) {
		if (is_protected(pool[i].dev) || pool[i].has_parts)
			continue;
		if (pool[i].sectors >= protect_min) {
			fprintf(stderr,
				"blkinterposer-fuzz: %s (%" PRIu64 " sectors) is as large as a protected device: refusing to run\n",
				pool[i].name, pool[i].sectors);
			return -1;
		}
	}
	if (n_resizable && (24ULL << 11) >= protect_min) {
		fprintf(stderr, "blkinterposer-fuzz: a resizable device may grow to 24 MiB, as large as a protected device\n");
		return -1;
	}
	for (i = 0; i < n_resizable; i++) {
		if (is_protected(resizable[i].dev)) {
			fprintf(stderr, "blkinterposer-fuzz: %s is protected and resizable\n",
				resizable[i].path);
			return -1;
		}
	}
	for (i = 0; i < n_scratch; i++) {
		if (is_protected(scratch[i].dev)) {
			fprintf(stderr, "blkinterposer-fuzz: %s is protected and scratch\n",
				scratch[i].path);
			return -1;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	unsigned long iterations = 3000, conc_iterations = 1000, nocap_iterations = 300, done;
	uint64_t seed = 1;
	double seconds = 90, start, deadline;
	int workers = 2, i, status = 0, rounds;
	static struct dev pool[MAX_POOL];
	struct worker *w;
	int n_pool;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!v)
			return usage();
		if (!strcmp(a, "--seed"))
			seed = strtoull(v, NULL, 0);
		else if (!strcmp(a, "--iterations"))
			iterations = strtoul(v, NULL, 0);
		else if (!strcmp(a, "--concurrent-iterations"))
			conc_iterations = strtoul(v, NULL, 0);
		else if (!strcmp(a, "--nocap-iterations"))
			nocap_iterations = strtoul(v, NULL, 0);
		else if (!strcmp(a, "--seconds"))
			seconds = strtod(v, NULL);
		else if (!strcmp(a, "--workers"))
			workers = atoi(v);
		else if (!strcmp(a, "--original") && !add_arg(originals, &n_originals, v))
			;
		else if (!strcmp(a, "--protect") && !add_arg(protect, &n_protect, v))
			;
		else if (!strcmp(a, "--scratch") && !add_arg(scratch, &n_scratch, v))
			;
		else if (!strcmp(a, "--resizable") && !add_arg(resizable, &n_resizable, v))
			;
		else
			return usage();
		i++;
	}
	if (!n_originals || workers < 1 || workers > 8 || seconds <= 0)
		return usage();
	setvbuf(stdout, NULL, _IOLBF, 0);

	if (access("/sys/module/blkinterposer", F_OK)) {
		fprintf(stderr, "blkinterposer-fuzz: the module is not loaded\n");
		return 1;
	}
	bypass_major = find_bypass_major();
	if (!bypass_major) {
		fprintf(stderr, "blkinterposer-fuzz: no ipbypass major in /proc/devices\n");
		return 1;
	}
	n_pool = scan_pool(pool);
	if (check_safety(pool, n_pool))
		return 2;

	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED) {
		perror("blkinterposer-fuzz: mmap");
		return 1;
	}
	snprintf(lock_path, sizeof(lock_path), "/tmp/blkinterposer-fuzz.XXXXXX");
	i = mkstemp(lock_path);
	if (i < 0) {
		perror("blkinterposer-fuzz: mkstemp");
		return 1;
	}
	close(i);

	printf("blkinterposer-fuzz: seed %" PRIu64 ", %lu iterations, then %d processes x %lu, then %lu without CAP_SYS_ADMIN; at most %.0f s; %d block devices, bypass major %u\n",
	       seed, iterations, workers, conc_iterations, nocap_iterations, seconds, n_pool,
	       bypass_major);
	for (i = 0; i < n_pool; i++)
		printf("  %-12s %u:%u %" PRIu64 " sectors%s%s%s\n", pool[i].name,
		       major(pool[i].dev), minor(pool[i].dev), pool[i].sectors,
		       pool[i].dm ? " dm" : "", pool[i].has_parts ? " partitioned" : "",
		       is_protected(pool[i].dev) ? " protected" : "");

	start = now();

	/* Phase 1: one process, every call decided by the seed. */
	w = malloc(sizeof(*w));
	if (!w)
		return 1;
	worker_init(w, 0, "phase 1", seed, false);
	done = run(w, iterations, start + seconds * 0.6);
	worker_close(w);
	printf("phase 1: %lu of %lu iterations in %.1f s%s\n", done, iterations, now() - start,
	       done < iterations ? " (cut short by the time limit)" : "");

	/* Phase 2: several processes at once. */
	deadline = start + seconds * 0.9;
	for (i = 1; i <= workers; i++) {
		pid_t pid = fork();

		if (pid < 0) {
			perror("blkinterposer-fuzz: fork");
			return 1;
		}
		if (pid == 0) {
			worker_init(w, i, "phase 2", seed * 1000003ULL + (uint64_t)i, true);
			done = run(w, conc_iterations, deadline);
			worker_close(w);
			printf("phase 2: process %d ran %lu of %lu iterations\n", i, done,
			       conc_iterations);
			_exit(0);
		}
	}
	for (i = 1; i <= workers; i++) {
		if (wait(&status) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
			char msg[80];

			snprintf(msg, sizeof(msg), "FUZZ FAILURE (phase 2): a process died (status 0x%x)",
				 status);
			record_failure(msg);
		}
	}
	printf("phase 2: done at %.1f s\n", now() - start);

	/*
	 * Phase 3: the same without CAP_SYS_ADMIN; LIST before and after
	 * must agree (the redirected counts aside).
	 */
	worker_init(w, 100, "checks", seed, false);
	if (nocap_iterations) {
		struct blkinterposer_entry *before;
		int n_before = list_all(w, w->fds[0].fd), n_after;
		pid_t pid;

		before = calloc(ENTRIES_ROOM, sizeof(*before));
		if (!before || n_before < 0)
			return 1;
		memcpy(before, w->entries, ENTRIES_ROOM * sizeof(*before));
		pid = fork();
		if (pid == 0) {
			nocap(seed + 7, nocap_iterations);
			_exit(0);
		}
		if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status)) {
			record_failure("FUZZ FAILURE (phase 3): the process failed");
		}
		n_after = list_all(w, w->fds[0].fd);
		if (n_after != n_before)
			failure(w, "LIST had %d originals before phase 3, %d after it", n_before,
				n_after);
		for (i = 0; i < n_before && i < n_after; i++) {
			before[i].redirected = w->entries[i].redirected;
			if (memcmp(&before[i], &w->entries[i], sizeof(before[i])))
				failure(w, "LIST entry %d changed during phase 3 (without CAP_SYS_ADMIN)",
					i);
		}
		free(before);
	}

	/* Each deep path was reached: otherwise the oracles above saw little. */
	if (!sh->bypasses_ok || !sh->dm_made || !sh->attaches_ok || !sh->detaches_ok ||
	    !sh->freezes_ok)
		failure(w, "a deep path was never reached: %lu bypasses, %lu dm-linear, %lu attaches, %lu detaches, %lu freezes",
			sh->bypasses_ok, sh->dm_made, sh->attaches_ok, sh->detaches_ok,
			sh->freezes_ok);

	rounds = cleanup(w);
	worker_close(w);
	free(w);
	unlink(lock_path);
	print_stats(now() - start);
	printf("cleanup: %d round(s)\n", rounds);
	if (sh->failures) {
		printf("FAILED: %lu oracle failures (seed %" PRIu64 "; a failure of phase 1 comes back with the same seed and --iterations past its iteration); the first:\n%s\n",
		       sh->failures, seed, sh->first);
		return 1;
	}
	printf("clean: no oracle failed, nothing left\n");
	return 0;
}
