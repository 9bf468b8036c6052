#ifndef NEWSFRAME_CICU_H
#define NEWSFRAME_CICU_H

/*
 * An opaque C face for the few ICU services NewsFrame uses. Swift modules import
 * this header instead of ICU's own, which would clash with the ICU module that
 * Foundation carries. Only UTF-16 buffers and plain integers cross the boundary.
 */

#include <stdint.h>

typedef enum {
    NF_BREAK_WORD = 0,
    NF_BREAK_SENTENCE = 1
} nf_break_kind;

/*
 * Writes the boundaries ICU finds in text (UTF-16 code unit offsets, the first
 * boundary 0 excluded) and, for word breaks, the rule status of the segment that
 * ends at each boundary. The buffers must hold length + 1 entries. Iterators are
 * cached per thread and per locale, so calling this from many threads is safe.
 * Returns the number of boundaries, or -1 with a message in error.
 */
int32_t nf_break_boundaries(nf_break_kind kind, const char *locale,
                            const uint16_t *text, int32_t length,
                            int32_t *boundaries, int32_t *statuses,
                            char *error, int32_t error_capacity);

/*
 * NFC-normalizes src into dst. Returns the length written, or, when dst is too
 * small, the length needed as a negative number minus one (-(needed) - 1).
 * Returns INT32_MIN with a message in error on any other ICU failure.
 */
int32_t nf_normalize_nfc(const uint16_t *src, int32_t length,
                         uint16_t *dst, int32_t capacity,
                         char *error, int32_t error_capacity);

/* 1 when src is already in NFC (a fast check that avoids copying), else 0. */
int32_t nf_is_nfc(const uint16_t *src, int32_t length);

/*
 * Converts UTF-8 to UTF-16 into dst (capacity at least length units). Returns the UTF-16
 * length, or -1 if src is not valid UTF-8.
 */
int32_t nf_utf8_to_utf16(const char *src, int32_t length, uint16_t *dst, int32_t capacity);

/*
 * NFC for UTF-8 text. Returns 0 when src is already NFC (nothing written), the byte length
 * of the normalized text written to *out (malloc'ed; the caller frees it with nf_free),
 * or -1 with a message in error.
 */
int32_t nf_nfc_utf8(const char *src, int32_t length, char **out, char *error, int32_t error_capacity);

void nf_free(void *pointer);

#endif
