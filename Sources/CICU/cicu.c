#include "cicu.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

typedef struct {
    UBreakIterator *iterator;
    char locale[64];
} nf_cached_iterator;

static __thread nf_cached_iterator cache[2];

static void nf_set_error(char *error, int32_t capacity, const char *what, UErrorCode status) {
    if (error != NULL && capacity > 0) {
        snprintf(error, (size_t)capacity, "%s: %s", what, u_errorName(status));
    }
}

static UBreakIterator *nf_iterator(nf_break_kind kind, const char *locale, char *error, int32_t capacity) {
    nf_cached_iterator *slot = &cache[kind == NF_BREAK_SENTENCE ? 1 : 0];
    if (slot->iterator != NULL && strncmp(slot->locale, locale, sizeof slot->locale) == 0) {
        return slot->iterator;
    }
    if (slot->iterator != NULL) {
        ubrk_close(slot->iterator);
        slot->iterator = NULL;
    }
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == NF_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        nf_set_error(error, capacity, "ubrk_open", status);
        return NULL;
    }
    slot->iterator = iterator;
    strncpy(slot->locale, locale, sizeof slot->locale - 1);
    slot->locale[sizeof slot->locale - 1] = '\0';
    return iterator;
}

int32_t nf_break_boundaries(nf_break_kind kind, const char *locale,
                            const uint16_t *text, int32_t length,
                            int32_t *boundaries, int32_t *statuses,
                            char *error, int32_t error_capacity) {
    UBreakIterator *iterator = nf_iterator(kind, locale, error, error_capacity);
    if (iterator == NULL) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        nf_set_error(error, error_capacity, "ubrk_setText", status);
        return -1;
    }
    int32_t count = 0;
    ubrk_first(iterator);
    for (int32_t boundary = ubrk_next(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
        boundaries[count] = boundary;
        statuses[count] = ubrk_getRuleStatus(iterator);
        count++;
    }
    /* Do not keep a pointer to the caller's buffer past this call. */
    status = U_ZERO_ERROR;
    ubrk_setText(iterator, (const UChar *)u"", 0, &status);
    return count;
}

int32_t nf_normalize_nfc(const uint16_t *src, int32_t length,
                         uint16_t *dst, int32_t capacity,
                         char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) {
        nf_set_error(error, error_capacity, "unorm2_getNFCInstance", status);
        return INT32_MIN;
    }
    int32_t written = unorm2_normalize(nfc, (const UChar *)src, length, (UChar *)dst, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        return -written - 1;
    }
    if (U_FAILURE(status)) {
        nf_set_error(error, error_capacity, "unorm2_normalize", status);
        return INT32_MIN;
    }
    return written;
}

int32_t nf_is_nfc(const uint16_t *src, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) {
        return 0;
    }
    UBool result = unorm2_isNormalized(nfc, (const UChar *)src, length, &status);
    return U_SUCCESS(status) && result ? 1 : 0;
}

int32_t nf_utf8_to_utf16(const char *src, int32_t length, uint16_t *dst, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = 0;
    u_strFromUTF8((UChar *)dst, capacity, &written, src, length, &status);
    return U_FAILURE(status) ? -1 : written;
}

int32_t nf_nfc_utf8(const char *src, int32_t length, char **out, char *error, int32_t error_capacity) {
    /* Below U+0300 every character is stable under NFC: lead bytes up to 0xCB. */
    int32_t index = 0;
    while (index < length && (unsigned char)src[index] < 0xCC) {
        index++;
    }
    if (index == length) {
        return 0;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    UChar *units = malloc(sizeof(UChar) * ((size_t)length + 1));
    if (units == NULL || U_FAILURE(status)) {
        free(units);
        nf_set_error(error, error_capacity, "unorm2_getNFCInstance", status);
        return -1;
    }
    int32_t count = 0;
    u_strFromUTF8(units, length + 1, &count, src, length, &status);
    if (U_FAILURE(status)) {
        free(units);
        nf_set_error(error, error_capacity, "u_strFromUTF8", status);
        return -1;
    }
    if (unorm2_quickCheck(nfc, units, count, &status) == UNORM_YES && U_SUCCESS(status)) {
        free(units);
        return 0;
    }
    status = U_ZERO_ERROR;
    int32_t capacity = count * 3 + 16;
    UChar *normalized = malloc(sizeof(UChar) * (size_t)capacity);
    int32_t normalizedLength = normalized == NULL ? 0 : unorm2_normalize(nfc, units, count, normalized, capacity, &status);
    free(units);
    if (normalized == NULL || U_FAILURE(status)) {
        free(normalized);
        nf_set_error(error, error_capacity, "unorm2_normalize", status);
        return -1;
    }
    int32_t bytes = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &bytes, normalized, normalizedLength, &status);
    status = U_ZERO_ERROR;
    char *result = malloc((size_t)bytes + 1);
    if (result == NULL) {
        free(normalized);
        return -1;
    }
    u_strToUTF8(result, bytes + 1, &bytes, normalized, normalizedLength, &status);
    free(normalized);
    if (U_FAILURE(status)) {
        free(result);
        nf_set_error(error, error_capacity, "u_strToUTF8", status);
        return -1;
    }
    *out = result;
    return bytes;
}

void nf_free(void *pointer) {
    free(pointer);
}
