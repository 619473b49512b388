/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One get_property and one set_property for every type of the model, reading its table
 * of fields: a member is a property by being in the table, and nothing else is needed
 * for edits to set it and views to hear of it. Property names are the format's member
 * names with '-' for '_': "short-name", "title-from-editor". */
#include "config.h"

#include <math.h>
#include <string.h>

#include "esc-localized-text.h"
#include "esc-model-fields.h"

typedef struct {
  const EscField *fields;
  guint n_fields;
} Table;

static GQuark
table_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("esc-model-fields");
  return quark;
}

static const EscField *
field_of (GObject *object,
          guint    id)
{
  const Table *table = g_type_get_qdata (G_OBJECT_TYPE (object), table_quark ());

  g_assert (table != NULL && id >= 1 && id <= table->n_fields);
  return &table->fields[id - 1];
}

#define MEMBER(object, field, type) ((type *) G_STRUCT_MEMBER_P ((object), (field)->offset))
#define HAS(object, field) ((gboolean *) G_STRUCT_MEMBER_P ((object), (field)->has_offset))

static void
get_property (GObject    *object,
              guint       id,
              GValue     *value,
              GParamSpec *pspec)
{
  const EscField *field = field_of (object, id);

  switch (field->kind)
    {
    case ESC_FIELD_STRING:
      g_value_set_string (value, *MEMBER (object, field, char *));
      break;
    case ESC_FIELD_TEXT:
      g_value_set_boxed (value, *MEMBER (object, field, gpointer));
      break;
    case ESC_FIELD_ENUM:
      g_value_set_enum (value, *MEMBER (object, field, int));
      break;
    case ESC_FIELD_BOOLEAN:
      g_value_set_boolean (value, *MEMBER (object, field, gboolean));
      break;
    case ESC_FIELD_DOUBLE:
      g_value_set_double (value, *MEMBER (object, field, double));
      break;
    case ESC_FIELD_NUMBER:
      g_value_set_variant (value, *HAS (object, field) ? g_variant_new_double (*MEMBER (object, field, double)) : NULL);
      break;
    case ESC_FIELD_DECIMALS:
      g_value_set_uint (value, *MEMBER (object, field, guint));
      break;
    case ESC_FIELD_OBJECT:
      g_value_set_object (value, *MEMBER (object, field, gpointer));
      break;
    case ESC_FIELD_COLOR:
      g_value_take_string (value, *HAS (object, field) ? g_strdup_printf ("#%06x", *MEMBER (object, field, guint32)) : NULL);
      break;
    case ESC_FIELD_STRV:
      g_value_set_boxed (value, *MEMBER (object, field, GStrv));
      break;
    case ESC_FIELD_LIST:
      g_value_set_boxed (value, *MEMBER (object, field, GPtrArray *));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static gboolean
parse_color (const char *text,
             guint32    *rgb)
{
  char *end;
  guint64 parsed;

  if (text == NULL || text[0] != '#' || strlen (text) != 7)
    return FALSE;
  parsed = g_ascii_strtoull (text + 1, &end, 16);
  *rgb = parsed;
  return *end == '\0';
}

/* Sets the member from @value; FALSE if it held that already. */
static gboolean
set_member (GObject        *object,
            const EscField *field,
            const GValue   *value)
{
  switch (field->kind)
    {
    case ESC_FIELD_STRING:
      {
        char **member = MEMBER (object, field, char *);

        if (g_strcmp0 (*member, g_value_get_string (value)) == 0)
          return FALSE;
        g_free (*member);
        *member = g_value_dup_string (value);
        return TRUE;
      }
    case ESC_FIELD_TEXT:
      {
        EscLocalizedText **member = MEMBER (object, field, EscLocalizedText *);

        if (*member == g_value_get_boxed (value))
          return FALSE;
        g_clear_pointer (member, esc_localized_text_unref);
        *member = g_value_dup_boxed (value);
        return TRUE;
      }
    case ESC_FIELD_ENUM:
      if (*MEMBER (object, field, int) == g_value_get_enum (value))
        return FALSE;
      *MEMBER (object, field, int) = g_value_get_enum (value);
      return TRUE;
    case ESC_FIELD_BOOLEAN:
      if (*MEMBER (object, field, gboolean) == g_value_get_boolean (value))
        return FALSE;
      *MEMBER (object, field, gboolean) = g_value_get_boolean (value);
      return TRUE;
    case ESC_FIELD_DOUBLE:
      if (*MEMBER (object, field, double) == g_value_get_double (value))
        return FALSE;
      *MEMBER (object, field, double) = g_value_get_double (value);
      return TRUE;
    case ESC_FIELD_NUMBER:
      {
        GVariant *given = g_value_get_variant (value);
        gboolean has = given != NULL;
        double number = has ? g_variant_get_double (given) : 0;

        if (*HAS (object, field) == has && (!has || *MEMBER (object, field, double) == number))
          return FALSE;
        *HAS (object, field) = has;
        *MEMBER (object, field, double) = has ? number : 0;
        return TRUE;
      }
    case ESC_FIELD_DECIMALS:
      if (*MEMBER (object, field, guint) == g_value_get_uint (value))
        return FALSE;
      *MEMBER (object, field, guint) = g_value_get_uint (value);
      return TRUE;
    case ESC_FIELD_OBJECT:
      {
        GObject **member = MEMBER (object, field, GObject *);

        if (*member == g_value_get_object (value))
          return FALSE;
        g_set_object (member, g_value_get_object (value));
        return TRUE;
      }
    case ESC_FIELD_COLOR:
      {
        guint32 rgb = 0;
        gboolean has = parse_color (g_value_get_string (value), &rgb);

        if (*HAS (object, field) == has && (!has || *MEMBER (object, field, guint32) == rgb))
          return FALSE;
        *HAS (object, field) = has;
        *MEMBER (object, field, guint32) = rgb;
        return TRUE;
      }
    case ESC_FIELD_STRV:
      {
        GStrv *member = MEMBER (object, field, GStrv);

        if (*member != NULL && g_value_get_boxed (value) != NULL
            && g_strv_equal ((const char * const *) *member, g_value_get_boxed (value)))
          return FALSE;
        g_strfreev (*member);
        *member = g_value_dup_boxed (value);
        return TRUE;
      }
    case ESC_FIELD_LIST:
    default:
      g_return_val_if_reached (FALSE);
    }
}

static void
set_property (GObject      *object,
              guint         id,
              const GValue *value,
              GParamSpec   *pspec)
{
  if (set_member (object, field_of (object, id), value))
    g_object_notify_by_pspec (object, pspec);
}

static GParamSpec *
param_spec (const EscField *field)
{
  g_autofree char *name = g_strdelimit (g_strdup (field->name), "_", '-');
  const char *interned = g_intern_string (name);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->kind)
    {
    case ESC_FIELD_STRING:
    case ESC_FIELD_COLOR:
      return g_param_spec_string (interned, NULL, NULL, NULL, flags);
    case ESC_FIELD_TEXT:
      return g_param_spec_boxed (interned, NULL, NULL, ESC_TYPE_LOCALIZED_TEXT, flags);
    case ESC_FIELD_ENUM:
      return g_param_spec_enum (interned, NULL, NULL, field->type (), 0, flags);
    case ESC_FIELD_BOOLEAN:
      return g_param_spec_boolean (interned, NULL, NULL, FALSE, flags);
    case ESC_FIELD_DOUBLE:
      return g_param_spec_double (interned, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
    case ESC_FIELD_NUMBER:
      return g_param_spec_variant (interned, NULL, NULL, G_VARIANT_TYPE_DOUBLE, NULL, flags);
    case ESC_FIELD_DECIMALS:
      return g_param_spec_uint (interned, NULL, NULL, 0, 20, 0, flags);
    case ESC_FIELD_OBJECT:
      return g_param_spec_object (interned, NULL, NULL, field->type (), flags);
    case ESC_FIELD_STRV:
      return g_param_spec_boxed (interned, NULL, NULL, G_TYPE_STRV, flags);
    case ESC_FIELD_LIST:
      return g_param_spec_boxed (interned, NULL, NULL, G_TYPE_PTR_ARRAY,
                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Makes each of @fields a property of @klass. @fields must outlive the type. */
void
esc_fields_install (GObjectClass   *klass,
                    const EscField *fields,
                    guint           n_fields)
{
  Table *table = g_new (Table, 1);

  table->fields = fields;
  table->n_fields = n_fields;
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), table_quark (), table);
  klass->get_property = get_property;
  klass->set_property = set_property;
  for (guint i = 0; i < n_fields; i++)
    g_object_class_install_property (klass, i + 1, param_spec (&fields[i]));
}

/* The list @name of @object ("claims", "sources"), or NULL if it has none so named. */
GPtrArray *
esc_fields_get_list (GObject    *object,
                     const char *name)
{
  const Table *table = g_type_get_qdata (G_OBJECT_TYPE (object), table_quark ());

  for (guint i = 0; table != NULL && i < table->n_fields; i++)
    if (table->fields[i].kind == ESC_FIELD_LIST && g_str_equal (table->fields[i].name, name))
      return *MEMBER (object, &table->fields[i], GPtrArray *);
  return NULL;
}

/* Gives @object's list @name the items of @list (a copy's own, for a check). */
void
esc_fields_set_list (GObject    *object,
                     const char *name,
                     GPtrArray  *list)
{
  const Table *table = g_type_get_qdata (G_OBJECT_TYPE (object), table_quark ());

  for (guint i = 0; table != NULL && i < table->n_fields; i++)
    if (table->fields[i].kind == ESC_FIELD_LIST && g_str_equal (table->fields[i].name, name))
      {
        g_clear_pointer (MEMBER (object, &table->fields[i], GPtrArray *), g_ptr_array_unref);
        *MEMBER (object, &table->fields[i], GPtrArray *) = g_ptr_array_ref (list);
      }
}

/**
 * esc_fields_copy:
 *
 * Returns: (transfer full): a new object of @object's type with the same members, its
 *   lists shared: a form edits the copy, and esc_edit_changes_new() says what changed
 */
GObject *
esc_fields_copy (GObject *object)
{
  const Table *table = g_type_get_qdata (G_OBJECT_TYPE (object), table_quark ());
  GObject *copy = g_object_new (G_OBJECT_TYPE (object), NULL);

  for (guint i = 0; table != NULL && i < table->n_fields; i++)
    {
      const EscField *field = &table->fields[i];
      /* GObject finds "short_name" as "short-name". */
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), field->name);
      g_auto(GValue) value = G_VALUE_INIT;

      if (field->kind == ESC_FIELD_LIST)
        {
          GPtrArray *list = *MEMBER (object, field, GPtrArray *);

          /* What the copy's init made goes: the copy shares the original's. */
          g_clear_pointer (MEMBER (copy, field, GPtrArray *), g_ptr_array_unref);
          *MEMBER (copy, field, GPtrArray *) = list ? g_ptr_array_ref (list) : NULL;
          continue;
        }
      g_value_init (&value, pspec->value_type);
      g_object_get_property (object, pspec->name, &value);
      g_object_set_property (copy, pspec->name, &value);
    }
  return copy;
}
