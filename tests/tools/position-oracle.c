// SPDX-License-Identifier: GPL-2.0
/*
 * position-oracle: where did the data land? A check that does not trust
 * the path it tests.
 *
 * A read-back through the interposed device cannot see a write that landed
 * in the wrong place: it reads from the same wrong place. So the files this
 * tool writes are checked through another path, once the original is
 * detached:
 *
 *   write DIR TAG           files of known content in DIR (a mounted
 *                           filesystem on the original), O_DIRECT and
 *                           buffered, 4 KiB to 4.5 MiB, written in requests
 *                           of 4 KiB to 3.4 MiB; their names and sizes in
 *                           /tmp/position-oracle/TAG.manifest
 *   check-raw DIR TAG RAW OFFSET
 *                           for every extent of every file (FIEMAP, from the
 *                           filesystem), the bytes at OFFSET + the extent's
 *                           place, read with O_DIRECT from RAW (the whole
 *                           disk under a partition, an md member, a loop
 *                           device's backing file) must be the file's
 *   check-files DIR TAG     every file has its size and content (after a
 *                           remount with caches dropped)
 *
 * Every 512-byte sector written starts with a tag naming its file and
 * sector, so a misplaced sector is reported with where it should have been.
 * The rest of a file is noise from a generator seeded by TAG and the file's
 * name: the content is made again to check it, nothing is kept but the
 * manifest (off the filesystem under test, in the guest's tmpfs).
 *
 * In C, not Python: a guest under TCG runs this a dozen times per device
 * kind, and the interpreter's start and the per-sector stamping took about
 * 1.5 s of each call there.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#define MANIFESTS "/tmp/position-oracle"
#define SECTOR 512
#define TAG_LEN 32
#define ALIGN 4096

enum how { DIRECT, BUFFERED };

/* The files: size and how each is written. */
static const struct {
	size_t size;
	enum how how;
} files[] = {
	{ 4 << 10, DIRECT },
	{ 12 << 10, BUFFERED },
	{ 64 << 10, DIRECT },
	{ 200 << 10, BUFFERED },
	{ 1 << 20, DIRECT },
	{ (3 << 20) + (4 << 10), BUFFERED },
	{ (4 << 20) + (512 << 10), DIRECT },
};

#define NFILES (sizeof(files) / sizeof(files[0]))

/* The O_DIRECT writes' request sizes, in turn. */
static const size_t requests[] = { 4 << 10, 64 << 10, 1 << 20, 4 << 20, 256 << 10 };

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void *aligned(size_t size)
{
	void *p;

	if (posix_memalign(&p, ALIGN, size ? size : ALIGN))
		die("out of memory for %zu bytes", size);
	return p;
}

static void file_name(char *out, size_t len, unsigned int index)
{
	snprintf(out, len, "f%02u-%c-%zu", index, files[index].how == DIRECT ? 'd' : 'b',
		 files[index].size);
}

/* FNV-1a of "TAG/NAME": the seed of a file's noise. */
static uint64_t seed_of(const char *tag, const char *name)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	const char *parts[] = { tag, "/", name };

	for (unsigned int i = 0; i < 3; i++)
		for (const char *c = parts[i]; *c; c++)
			h = (h ^ (unsigned char)*c) * 0x100000001b3ULL;
	return h;
}

/* splitmix64: a fast generator whose every seed gives another stream. */
static uint64_t next_noise(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* The file's bytes: seeded noise, each sector stamped with its place. */
static unsigned char *content(const char *tag, const char *name, size_t size)
{
	unsigned char *out = aligned(size + 8);
	uint64_t state = seed_of(tag, name);
	char stamp[TAG_LEN + 1];

	for (size_t pos = 0; pos < size; pos += 8) {
		uint64_t v = next_noise(&state);

		memcpy(out + pos, &v, 8);
	}
	for (size_t start = 0; start < size; start += SECTOR) {
		size_t n = size - start < TAG_LEN ? size - start : TAG_LEN;
		int len = snprintf(stamp, sizeof(stamp), "%s@%08zu", name, start / SECTOR);

		if (len < TAG_LEN)
			memset(stamp + len, '#', TAG_LEN - len);
		memcpy(out + start, stamp, n);
	}
	return out;
}

static void manifest_path(char *out, size_t len, const char *tag)
{
	snprintf(out, len, "%s/%s.manifest", MANIFESTS, tag);
}

static void write_direct(const char *path, const unsigned char *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_DIRECT, 0644);
	unsigned char *buf = aligned(4 << 20);
	size_t pos = 0, turn = 0;

	if (fd < 0)
		die("%s: cannot open for O_DIRECT writes: %s", path, strerror(errno));
	while (pos < size) {
		size_t want = requests[turn++ % (sizeof(requests) / sizeof(requests[0]))];
		ssize_t done;

		if (want > size - pos)
			want = size - pos;
		memcpy(buf, data + pos, want);
		done = pwrite(fd, buf, want, pos);
		if (done != (ssize_t)want)
			die("%s: short O_DIRECT write at %zu: %zd of %zu (%s)", path, pos, done,
			    want, done < 0 ? strerror(errno) : "short");
		pos += want;
	}
	if (fsync(fd))
		die("%s: fsync: %s", path, strerror(errno));
	close(fd);
	free(buf);
}

static void write_buffered(const char *path, const unsigned char *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	size_t pos = 0;

	if (fd < 0)
		die("%s: cannot open: %s", path, strerror(errno));
	while (pos < size) {
		ssize_t done = write(fd, data + pos, size - pos);

		if (done <= 0)
			die("%s: write at %zu: %s", path, pos, done < 0 ? strerror(errno) : "no progress");
		pos += done;
	}
	if (fsync(fd))
		die("%s: fsync: %s", path, strerror(errno));
	close(fd);
}

static int cmd_write(const char *dir, const char *tag)
{
	char name[64], path[4096], manifest[4096];
	size_t total = 0;
	FILE *m;

	if (mkdir(dir, 0755) && errno != EEXIST)
		die("cannot make %s: %s", dir, strerror(errno));
	if (mkdir(MANIFESTS, 0755) && errno != EEXIST)
		die("cannot make %s: %s", MANIFESTS, strerror(errno));
	manifest_path(manifest, sizeof(manifest), tag);
	m = fopen(manifest, "w");
	if (!m)
		die("cannot write %s: %s", manifest, strerror(errno));
	for (unsigned int i = 0; i < NFILES; i++) {
		unsigned char *data;

		file_name(name, sizeof(name), i);
		snprintf(path, sizeof(path), "%s/%s", dir, name);
		data = content(tag, name, files[i].size);
		if (files[i].how == DIRECT)
			write_direct(path, data, files[i].size);
		else
			write_buffered(path, data, files[i].size);
		free(data);
		fprintf(m, "%s %zu\n", name, files[i].size);
		total += files[i].size;
	}
	if (fclose(m))
		die("cannot write %s: %s", manifest, strerror(errno));
	printf("oracle %s: wrote %zu files, %zu bytes, in %s\n", tag, NFILES, total, dir);
	return 0;
}

/* The manifest's files: their names and sizes, as written. */
struct entry {
	char name[64];
	size_t size;
};

static size_t load_manifest(const char *tag, struct entry *out)
{
	char manifest[4096];
	size_t n = 0;
	FILE *m;

	manifest_path(manifest, sizeof(manifest), tag);
	m = fopen(manifest, "r");
	if (!m)
		die("oracle %s: no manifest %s: %s", tag, manifest, strerror(errno));
	while (n < NFILES && fscanf(m, "%63s %zu", out[n].name, &out[n].size) == 2)
		n++;
	fclose(m);
	if (n != NFILES)
		die("oracle %s: %s lists %zu files, not %zu", tag, manifest, n, NFILES);
	return n;
}

/* What a sector holds, for a report: another sector's tag, zeros, or not. */
static void describe(char *out, size_t len, const unsigned char *sector, size_t n)
{
	char tag[TAG_LEN + 1];
	size_t i, tag_len = n < TAG_LEN ? n : TAG_LEN;

	memcpy(tag, sector, tag_len);
	tag[tag_len] = 0;
	while (tag_len && tag[tag_len - 1] == '#')
		tag[--tag_len] = 0;
	for (i = 0; i < tag_len && tag[i] >= 0x20 && tag[i] < 0x7f; i++)
		;
	if (i == tag_len && tag[0] == 'f' && strchr(tag, '@')) {
		snprintf(out, len, "sector %s", tag);
		return;
	}
	for (i = 0; i < n && !sector[i]; i++)
		;
	snprintf(out, len, i == n ? "zeros" : "other data");
}

/* The first sector where got and want differ, as a byte offset. */
static size_t first_bad_sector(const unsigned char *got, const unsigned char *want, size_t n)
{
	for (size_t s = 0; s < n; s += SECTOR) {
		size_t len = n - s < SECTOR ? n - s : SECTOR;

		if (memcmp(got + s, want + s, len))
			return s;
	}
	return n;
}

/* FIEMAP's flags for extents whose place on the disk is not the data's. */
#define NOT_PLAIN (FIEMAP_EXTENT_UNKNOWN | FIEMAP_EXTENT_DELALLOC | FIEMAP_EXTENT_ENCODED | \
		   FIEMAP_EXTENT_DATA_INLINE | FIEMAP_EXTENT_UNWRITTEN)
#define EXTENTS_PER_CALL 64

static size_t check_raw_file(const char *tag, const char *dir, const struct entry *e, int raw,
			     const char *raw_path, uint64_t offset)
{
	struct fiemap *fm = calloc(1, sizeof(*fm) + EXTENTS_PER_CALL * sizeof(struct fiemap_extent));
	unsigned char *want = content(tag, e->name, e->size);
	char path[4096], what[64];
	uint64_t start = 0;
	size_t covered = 0;
	int fd, last = 0;

	snprintf(path, sizeof(path), "%s/%s", dir, e->name);
	fd = open(path, O_RDONLY);
	if (fd < 0 || !fm)
		die("%s: cannot open: %s", path, strerror(errno));
	while (!last) {
		memset(fm, 0, sizeof(*fm));
		fm->fm_start = start;
		fm->fm_length = ~0ULL - start;
		fm->fm_flags = FIEMAP_FLAG_SYNC;
		fm->fm_extent_count = EXTENTS_PER_CALL;
		if (ioctl(fd, FS_IOC_FIEMAP, fm))
			die("%s: FIEMAP: %s", path, strerror(errno));
		if (!fm->fm_mapped_extents)
			break;
		for (unsigned int i = 0; i < fm->fm_mapped_extents; i++) {
			const struct fiemap_extent *x = &fm->fm_extents[i];
			uint64_t length = x->fe_length, first, end;
			unsigned char *got;
			size_t bad;

			if (x->fe_flags & NOT_PLAIN)
				die("%s: extent at %llu has flags %#x: not on the disk as is", path,
				    (unsigned long long)x->fe_logical, x->fe_flags);
			start = x->fe_logical + x->fe_length;
			last = !!(x->fe_flags & FIEMAP_EXTENT_LAST);
			if (x->fe_logical >= e->size)
				continue;
			if (length > e->size - x->fe_logical)
				length = e->size - x->fe_logical;
			/* 4 KiB-aligned pieces, for O_DIRECT. */
			first = (offset + x->fe_physical) & ~(uint64_t)(ALIGN - 1);
			end = (offset + x->fe_physical + length + ALIGN - 1) & ~(uint64_t)(ALIGN - 1);
			got = aligned(end - first);
			if (pread(raw, got, end - first, first) != (ssize_t)(end - first))
				die("short read of %llu bytes at %llu of %s: %s",
				    (unsigned long long)(end - first), (unsigned long long)first,
				    raw_path, strerror(errno));
			bad = first_bad_sector(got + (offset + x->fe_physical - first),
					       want + x->fe_logical, length);
			if (bad < length) {
				describe(what, sizeof(what), got + (offset + x->fe_physical - first) + bad,
					 length - bad < SECTOR ? length - bad : SECTOR);
				die("oracle %s: %s sector %llu is not at byte %llu of %s: found %s there",
				    tag, e->name, (unsigned long long)(x->fe_logical + bad) / SECTOR,
				    (unsigned long long)(offset + x->fe_physical + bad), raw_path, what);
			}
			free(got);
			covered += length;
		}
	}
	if (covered != e->size)
		die("oracle %s: the extents of %s cover %zu of %zu bytes", tag, e->name, covered,
		    e->size);
	close(fd);
	free(want);
	free(fm);
	return covered;
}

static int cmd_check_raw(const char *dir, const char *tag, const char *raw_path, uint64_t offset)
{
	struct entry entries[NFILES];
	size_t n = load_manifest(tag, entries), checked = 0;
	struct stat st;
	int raw;

	/* A block device without its page cache; a loop device's backing file
	 * through its own (where the loop device wrote it). */
	if (stat(raw_path, &st))
		die("%s: %s", raw_path, strerror(errno));
	raw = open(raw_path, O_RDONLY | (S_ISREG(st.st_mode) ? 0 : O_DIRECT));
	if (raw < 0)
		die("%s: cannot open: %s", raw_path, strerror(errno));
	for (size_t i = 0; i < n; i++)
		checked += check_raw_file(tag, dir, &entries[i], raw, raw_path, offset);
	close(raw);
	printf("oracle %s: all %zu files, %zu bytes, are where the filesystem says, read from %s at offset %llu\n",
	       tag, n, checked, raw_path, (unsigned long long)offset);
	return 0;
}

static int cmd_check_files(const char *dir, const char *tag)
{
	struct entry entries[NFILES];
	size_t n = load_manifest(tag, entries);
	char path[4096], what[64];

	for (size_t i = 0; i < n; i++) {
		const struct entry *e = &entries[i];
		unsigned char *want = content(tag, e->name, e->size);
		unsigned char *got = aligned(e->size + 1);
		size_t have = 0, bad;
		ssize_t r;
		int fd;

		snprintf(path, sizeof(path), "%s/%s", dir, e->name);
		fd = open(path, O_RDONLY);
		if (fd < 0)
			die("oracle %s: %s: %s", tag, path, strerror(errno));
		/* One byte more than the size: a file that grew is caught. */
		while (have <= e->size && (r = read(fd, got + have, e->size + 1 - have)) > 0)
			have += r;
		if (r < 0)
			die("oracle %s: %s: read: %s", tag, path, strerror(errno));
		close(fd);
		bad = first_bad_sector(got, want, have < e->size ? have : e->size);
		if (have != e->size || bad < e->size) {
			if (bad >= have)
				bad = have - have % SECTOR;
			describe(what, sizeof(what), got + bad, have > bad ?
				 (have - bad < SECTOR ? have - bad : SECTOR) : 0);
			die("oracle %s: %s differs (%zu bytes, first bad sector %zu holds %s)", tag,
			    path, have, bad / SECTOR, have > bad ? what : "nothing");
		}
		free(got);
		free(want);
	}
	printf("oracle %s: all %zu files read back whole in %s\n", tag, n, dir);
	return 0;
}

static const char usage[] =
	"usage: position-oracle write DIR TAG\n"
	"       position-oracle check-raw DIR TAG RAW OFFSET\n"
	"       position-oracle check-files DIR TAG\n";

int main(int argc, char **argv)
{
	char *end;

	if (argc == 4 && !strcmp(argv[1], "write"))
		return cmd_write(argv[2], argv[3]);
	if (argc == 6 && !strcmp(argv[1], "check-raw")) {
		unsigned long long offset = strtoull(argv[5], &end, 10);

		if (!*argv[5] || *end)
			die("position-oracle: the offset is not a number: %s", argv[5]);
		return cmd_check_raw(argv[2], argv[3], argv[4], offset);
	}
	if (argc == 4 && !strcmp(argv[1], "check-files"))
		return cmd_check_files(argv[2], argv[3]);
	fputs(usage, stderr);
	return 2;
}
