/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Arrays and objects may nest this deep; json-glib 1.6 overflows its stack long before
 * it notices anything itself. */
#define ESC_JSON_MAX_DEPTH 64

/* Where a value lies in the bytes scanned: [start, end). */
typedef struct {
  gsize start;
  gsize end;
} EscJsonSpan;

/* A member of the top-level object, and where each element of its value lies when
 * that is an array: what the loader hands to its workers piece by piece. */
typedef struct {
  char *name;
  EscJsonSpan value;
  GArray *elements;   /* EscJsonSpan; NULL unless the value is an array */
} EscJsonMember;

void esc_json_member_free (EscJsonMember *member);

typedef void (*EscJsonValueFunc) (const char *path,
                                  guint       line,
                                  guint       column,
                                  gpointer    user_data);

gboolean esc_json_scan            (const char       *data,
                                   gsize             length,
                                   GPtrArray        *problems,
                                   GHashTable       *decimals,
                                   GPtrArray        *members);
guint    esc_json_decimals_lookup (GHashTable       *decimals,
                                   const char       *path);
void     esc_json_scan_values     (const char       *data,
                                   gsize             length,
                                   EscJsonValueFunc  func,
                                   gpointer          user_data);
void     esc_json_scan_values_in  (const char       *data,
                                   EscJsonSpan       span,
                                   const char       *path,
                                   guint             line,
                                   guint             column,
                                   EscJsonValueFunc  func,
                                   gpointer          user_data);
void     esc_json_scan_numbers    (const char       *data,
                                   gsize             length,
                                   GHashTable       *number_texts);
void     esc_json_locate          (const char       *data,
                                   gsize             length,
                                   guint             offset,
                                   guint            *line,
                                   guint            *column);

void     esc_json_path_append_member (GString       *path,
                                      const char    *name,
                                      gssize         length);
void     esc_json_path_append_index  (GString       *path,
                                      guint          index);
gboolean esc_json_path_to_parent     (char          *path);

G_END_DECLS
