/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading json-glib's tree into the model while collecting problems with their JSON
 * paths. Internal to the loader. */
#pragma once

#include <json-glib/json-glib.h>

#include "esc-localized-text.h"
#include "esc-problem.h"

G_BEGIN_DECLS

/* Past this many, problems are counted but not kept: a broken generator can produce
 * millions, and nobody reads past the first few hundred. */
#define ESC_READER_MAX_PROBLEMS 500

typedef struct {
  GPtrArray *problems;
  GString *path;
  guint dropped_errors;
  guint dropped_warnings;
  GHashTable *broken_values;   /* paths, borrowed from @problems */
} EscReader;

void              esc_reader_init            (EscReader   *reader,
                                              GPtrArray   *problems);
void              esc_reader_finish          (EscReader   *reader);
void              esc_reader_init_piece      (EscReader       *reader,
                                              const EscReader *parent,
                                              const char      *path);
void              esc_reader_merge           (EscReader   *reader,
                                              EscReader   *piece);
gsize             esc_reader_push_member     (EscReader   *reader,
                                              const char  *name);
gsize             esc_reader_push_index      (EscReader   *reader,
                                              guint        index);
void              esc_reader_pop             (EscReader   *reader,
                                              gsize        mark);
void              esc_reader_error           (EscReader   *reader,
                                              const char  *code,
                                              const char  *format,
                                              ...) G_GNUC_PRINTF (3, 4);
void              esc_reader_warning         (EscReader   *reader,
                                              const char  *code,
                                              const char  *format,
                                              ...) G_GNUC_PRINTF (3, 4);
void              esc_reader_error_at        (EscReader   *reader,
                                              const char  *member,
                                              const char  *code,
                                              const char  *format,
                                              ...) G_GNUC_PRINTF (4, 5);
void              esc_reader_warning_at      (EscReader   *reader,
                                              const char  *member,
                                              const char  *code,
                                              const char  *format,
                                              ...) G_GNUC_PRINTF (4, 5);

void              esc_reader_check_members   (EscReader   *reader,
                                              JsonObject  *object,
                                              const char * const *known);
JsonNode         *esc_reader_member          (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required);
const char       *esc_reader_string          (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required);
const char       *esc_reader_text            (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required);
char             *esc_reader_dup_id          (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required);
char             *esc_reader_dup_date        (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name);
char             *esc_reader_dup_country     (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required);
char             *esc_reader_dup_language    (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required);
gboolean          esc_reader_enum            (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              GType        type,
                                              gboolean     required,
                                              int         *out_value);
gboolean          esc_reader_number          (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required,
                                              double      *out_value);
gboolean          esc_reader_boolean         (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     fallback);
EscLocalizedText *esc_reader_localized       (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required);
EscLocalizedText *esc_reader_localized_node  (EscReader   *reader,
                                              JsonNode    *node);
JsonArray        *esc_reader_array           (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required,
                                              gboolean     non_empty);
JsonObject       *esc_reader_object          (EscReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required);
JsonObject       *esc_reader_element_object  (EscReader   *reader,
                                              JsonArray   *array,
                                              guint        index);
JsonObject       *esc_reader_node_object     (EscReader   *reader,
                                              JsonNode    *node);

G_END_DECLS
