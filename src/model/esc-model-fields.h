/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The members of the model's objects as GObject properties, from one table per type:
 * what edits set (EscEditSet) and what views are notified of. Internal to the model. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  ESC_FIELD_STRING,      /* char *, nullable */
  ESC_FIELD_TEXT,        /* EscLocalizedText *, nullable */
  ESC_FIELD_ENUM,        /* an enum of @type, stored as int */
  ESC_FIELD_BOOLEAN,     /* gboolean */
  ESC_FIELD_DOUBLE,      /* double, always given */
  ESC_FIELD_NUMBER,      /* double, with the gboolean at @has_offset; a "d" GVariant, NULL if absent */
  ESC_FIELD_DECIMALS,    /* guint */
  ESC_FIELD_OBJECT,      /* a GObject of @type, nullable, owned */
  ESC_FIELD_COLOR,       /* guint32 0xRRGGBB, with the gboolean at @has_offset; "#rrggbb" or NULL */
  ESC_FIELD_STRV,        /* GStrv */
  ESC_FIELD_LIST,        /* GPtrArray *, read-only: notified when an edit changes it */
} EscFieldKind;

typedef struct {
  const char *name;
  EscFieldKind kind;
  gsize offset;
  gsize has_offset;
  GType (*type) (void);
} EscField;

#define ESC_FIELD(Struct, member, kind) \
  { #member, kind, G_STRUCT_OFFSET (Struct, member), 0, NULL }
#define ESC_FIELD_TYPED(Struct, member, kind, get_type) \
  { #member, kind, G_STRUCT_OFFSET (Struct, member), 0, get_type }
#define ESC_FIELD_OPTIONAL(Struct, member, kind, has) \
  { #member, kind, G_STRUCT_OFFSET (Struct, member), G_STRUCT_OFFSET (Struct, has), NULL }

void        esc_fields_install    (GObjectClass   *klass,
                                   const EscField *fields,
                                   guint           n_fields);
GPtrArray  *esc_fields_get_list   (GObject        *object,
                                   const char     *name);
GObject    *esc_fields_copy       (GObject        *object);
void        esc_fields_set_list   (GObject        *object,
                                   const char     *name,
                                   GPtrArray      *list);

G_END_DECLS
