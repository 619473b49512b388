/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A spreadsheet's CSV export, read in place: comma, semicolon or tab, guessed from the
 * header; quoted fields; UTF-8 with or without a byte-order mark, UTF-16 with one, or
 * another encoding when the caller names it. Rows are handed out one at a time as spans
 * of the text, so reading a file costs the file and no more. */
typedef struct _EscCsv EscCsv;

/* The largest file read: thirty times any country's sheets of today. */
#define ESC_CSV_MAX_SIZE ((gsize) 1024 * 1024 * 1024)

typedef struct {
  const char *start;   /* inside the text, without the quotes */
  guint len;
  gboolean escaped;    /* quoted, with a doubled quote inside: copy it to read it */
} EscCsvField;

typedef struct {
  guint line;          /* of the file, 1-based, where the row starts */
  gboolean unclosed;   /* a quote opens and the file ends before it closes */
} EscCsvRow;

#define ESC_CSV_ERROR (esc_csv_error_quark ())
GQuark      esc_csv_error_quark      (void);

typedef enum {
  ESC_CSV_ERROR_ENCODING,
  ESC_CSV_ERROR_EMPTY,
} EscCsvError;

EscCsv     *esc_csv_new              (GBytes       *bytes,
                                      const char   *encoding,
                                      GError      **error);
void        esc_csv_free             (EscCsv       *self);
char        esc_csv_get_delimiter    (EscCsv       *self);
GPtrArray  *esc_csv_get_header       (EscCsv       *self);
gsize       esc_csv_get_size         (EscCsv       *self);
gsize       esc_csv_get_position     (EscCsv       *self);
void        esc_csv_rewind           (EscCsv       *self);
gboolean    esc_csv_next_row         (EscCsv       *self,
                                      GArray       *fields,
                                      EscCsvRow    *row);
char       *esc_csv_field_dup        (const EscCsvField *field);

/* The largest count read, a thousand times the people of the world: sums of a file's
 * counts then stay far from overflowing, and exact in a JSON number. */
#define ESC_CSV_MAX_COUNT G_GINT64_CONSTANT (10000000000000)

/* What a field holds where a count of votes or people is expected. */
typedef enum {
  ESC_CSV_COUNT,
  ESC_CSV_COUNT_EMPTY,
  ESC_CSV_COUNT_NOT_A_NUMBER,
  ESC_CSV_COUNT_NEGATIVE,
  ESC_CSV_COUNT_FRACTION,
} EscCsvCount;

EscCsvCount esc_csv_field_count      (const EscCsvField *field,
                                      gint64            *count);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EscCsv, esc_csv_free)

G_END_DECLS
