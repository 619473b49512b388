/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-enums.h"
#include "esc-json-scan.h"
#include "esc-reader.h"
#include "esc-validate.h"

/* @problems may already hold the scanner's; values it found broken (a number json-glib
 * turned into -1 or inf) are not reported again as whatever they became. */
void
esc_reader_init (EscReader *reader,
                 GPtrArray *problems)
{
  reader->problems = problems;
  reader->path = g_string_new ("$");
  reader->dropped_errors = 0;
  reader->dropped_warnings = 0;
  reader->broken_values = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->code, "number-out-of-range"))
        g_hash_table_add (reader->broken_values, problem->path);
    }
}

void
esc_reader_finish (EscReader *reader)
{
  guint dropped = reader->dropped_errors + reader->dropped_warnings;

  if (dropped > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u more problem is not listed.",
                                      "%u more problems are not listed.",
                                      dropped),
                         dropped);
      /* An error only if an error is among those left out: warnings alone never make a
       * file invalid. */
      g_ptr_array_add (reader->problems,
                       esc_problem_new (reader->dropped_errors > 0 ? ESC_SEVERITY_ERROR : ESC_SEVERITY_WARNING,
                                        "too-many-problems", "$", message));
    }
  g_hash_table_unref (reader->broken_values);
  g_string_free (g_steal_pointer (&reader->path), TRUE);
}

/* A reader of one piece of the document, on a worker: problems of its own, found at
 * paths under @path, merged in order afterwards (esc_reader_merge()). It shares
 * @parent's values the scanner found out of range, which nobody changes meanwhile. */
void
esc_reader_init_piece (EscReader       *reader,
                       const EscReader *parent,
                       const char      *path)
{
  reader->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_problem_free);
  reader->path = g_string_new (path);
  reader->dropped_errors = 0;
  reader->dropped_warnings = 0;
  reader->broken_values = g_hash_table_ref (parent->broken_values);
}

/* Moves the problems of @piece into @reader, as if @reader had found them itself: past
 * ESC_READER_MAX_PROBLEMS they are only counted. Frees @piece's own parts. */
void
esc_reader_merge (EscReader *reader,
                  EscReader *piece)
{
  for (guint i = 0; i < piece->problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (piece->problems, i);

      if (reader->problems->len < ESC_READER_MAX_PROBLEMS)
        g_ptr_array_add (reader->problems, g_steal_pointer (&piece->problems->pdata[i]));
      else if (problem->severity == ESC_SEVERITY_ERROR)
        reader->dropped_errors++;
      else
        reader->dropped_warnings++;
    }
  reader->dropped_errors += piece->dropped_errors;
  reader->dropped_warnings += piece->dropped_warnings;
  g_ptr_array_unref (piece->problems);
  g_hash_table_unref (piece->broken_values);
  g_string_free (piece->path, TRUE);
}

gsize
esc_reader_push_member (EscReader  *reader,
                        const char *name)
{
  gsize mark = reader->path->len;

  esc_json_path_append_member (reader->path, name, -1);
  return mark;
}

gsize
esc_reader_push_index (EscReader *reader,
                       guint      index)
{
  gsize mark = reader->path->len;

  esc_json_path_append_index (reader->path, index);
  return mark;
}

void
esc_reader_pop (EscReader *reader,
                gsize      mark)
{
  g_string_truncate (reader->path, mark);
}

static void add (EscReader   *reader,
                 EscSeverity  severity,
                 const char  *code,
                 const char  *format,
                 va_list      args) G_GNUC_PRINTF (4, 0);

static void
add (EscReader   *reader,
     EscSeverity  severity,
     const char  *code,
     const char  *format,
     va_list      args)
{
  g_autofree char *message = NULL;

  if (g_hash_table_contains (reader->broken_values, reader->path->str))
    return;

  if (reader->problems->len >= ESC_READER_MAX_PROBLEMS)
    {
      if (severity == ESC_SEVERITY_ERROR)
        reader->dropped_errors++;
      else
        reader->dropped_warnings++;
      return;
    }

  message = g_strdup_vprintf (format, args);
  g_ptr_array_add (reader->problems, esc_problem_new (severity, code, reader->path->str, message));
}

void
esc_reader_error (EscReader  *reader,
                  const char *code,
                  const char *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  add (reader, ESC_SEVERITY_ERROR, code, format, args);
  va_end (args);
}

void
esc_reader_warning (EscReader  *reader,
                    const char *code,
                    const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  add (reader, ESC_SEVERITY_WARNING, code, format, args);
  va_end (args);
}

/* An error about @member of the object at the current path. */
void
esc_reader_error_at (EscReader  *reader,
                     const char *member,
                     const char *code,
                     const char *format,
                     ...)
{
  gsize mark = esc_reader_push_member (reader, member);
  va_list args;

  va_start (args, format);
  add (reader, ESC_SEVERITY_ERROR, code, format, args);
  va_end (args);
  esc_reader_pop (reader, mark);
}

void
esc_reader_warning_at (EscReader  *reader,
                       const char *member,
                       const char *code,
                       const char *format,
                       ...)
{
  gsize mark = esc_reader_push_member (reader, member);
  va_list args;

  va_start (args, format);
  add (reader, ESC_SEVERITY_WARNING, code, format, args);
  va_end (args);
  esc_reader_pop (reader, mark);
}

/* Members the format does not define are most often typos ("qualifer"): worth a
 * warning, not worth refusing the file. */
void
esc_reader_check_members (EscReader          *reader,
                          JsonObject         *object,
                          const char * const *known)
{
  /* In file order, so that capped lists start where the file does; an iterator, not a
   * copied list, as this runs for every object of the file. */
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    if (!g_strv_contains (known, name))
      {
        gsize mark = esc_reader_push_member (reader, name);
        esc_reader_warning (reader, "unknown-member",
                            _("“%s” is not a member this format defines; it is ignored."), name);
        esc_reader_pop (reader, mark);
      }
}

static const char *
type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("a string");
        case G_TYPE_BOOLEAN:
          return _("a boolean");
        default:
          return _("a number");
        }
    }
}

/* Null counts as absent: optional members may be written out as null. */
JsonNode *
esc_reader_member (EscReader  *reader,
                   JsonObject *object,
                   const char *name,
                   gboolean    required)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return node;

  if (required)
    esc_reader_error_at (reader, name, "missing-member",
                         _("The required member “%s” is missing."), name);
  return NULL;
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
holds_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static void
wrong_type (EscReader  *reader,
            const char *name,
            JsonNode   *node,
            const char *expected)
{
  esc_reader_error_at (reader, name, "wrong-type",
                       /* Translators: "“title” should be a string, not a number." */
                       _("“%s” should be %s, not %s."), name, expected, type_name (node));
}

const char *
esc_reader_string (EscReader  *reader,
                   JsonObject *object,
                   const char *name,
                   gboolean    required)
{
  JsonNode *node = esc_reader_member (reader, object, name, required);
  const char *text;

  if (node == NULL)
    return NULL;

  if (!holds_string (node))
    {
      wrong_type (reader, name, node, _("a string"));
      return NULL;
    }

  text = json_node_get_string (node);
  if (*text == '\0')
    {
      esc_reader_error_at (reader, name, "empty-value", _("“%s” is empty."), name);
      return NULL;
    }

  return text;
}

/* esc_reader_string() for a member that may be empty: text copied from a file, such as
 * a column's empty header. */
const char *
esc_reader_text (EscReader  *reader,
                 JsonObject *object,
                 const char *name,
                 gboolean    required)
{
  JsonNode *node = esc_reader_member (reader, object, name, required);

  if (node == NULL)
    return NULL;
  if (!holds_string (node))
    {
      wrong_type (reader, name, node, _("a string"));
      return NULL;
    }
  return json_node_get_string (node);
}

char *
esc_reader_dup_id (EscReader  *reader,
                   JsonObject *object,
                   const char *name,
                   gboolean    required)
{
  const char *text = esc_reader_string (reader, object, name, required);

  if (text == NULL)
    return NULL;

  if (!esc_is_valid_id (text))
    {
      esc_reader_error_at (reader, name, "invalid-id",
                           _("“%s” is not a valid id: use 1 to 64 lower-case letters, digits, “-”, “_” or “.”, starting with a letter or digit."),
                           text);
      return NULL;
    }

  return g_strdup (text);
}

char *
esc_reader_dup_date (EscReader  *reader,
                     JsonObject *object,
                     const char *name)
{
  const char *text = esc_reader_string (reader, object, name, FALSE);

  if (text == NULL)
    return NULL;

  if (!esc_is_valid_partial_date (text))
    {
      esc_reader_error_at (reader, name, "invalid-date",
                           _("“%s” is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY, or no such day exists."),
                           text);
      return NULL;
    }

  return g_strdup (text);
}

char *
esc_reader_dup_country (EscReader  *reader,
                        JsonObject *object,
                        const char *name,
                        gboolean    required)
{
  const char *text = esc_reader_string (reader, object, name, required);

  if (text == NULL)
    return NULL;

  if (!esc_is_valid_country_code (text))
    {
      esc_reader_error_at (reader, name, "invalid-country",
                           _("“%s” is not an ISO 3166-1 alpha-2 country code."), text);
      return NULL;
    }

  return g_strdup (text);
}

char *
esc_reader_dup_language (EscReader  *reader,
                         JsonObject *object,
                         const char *name,
                         gboolean    required)
{
  const char *text = esc_reader_string (reader, object, name, required);

  if (text == NULL)
    return NULL;

  if (!esc_is_valid_language_tag (text))
    {
      esc_reader_error_at (reader, name, "invalid-language",
                           _("“%s” is not a well-formed BCP 47 language tag."), text);
      return NULL;
    }

  return g_strdup (text);
}

gboolean
esc_reader_enum (EscReader  *reader,
                 JsonObject *object,
                 const char *name,
                 GType       type,
                 gboolean    required,
                 int        *out_value)
{
  const char *text = esc_reader_string (reader, object, name, required);
  g_autofree char *allowed = NULL;

  if (text == NULL)
    return FALSE;

  if (esc_enum_from_nick (type, text, out_value))
    return TRUE;

  allowed = esc_enum_list_nicks (type);
  esc_reader_error_at (reader, name, "invalid-enum",
                       /* Translators: the second %s is a list of accepted values. */
                       _("“%s” is not one of: %s."), text, allowed);
  return FALSE;
}

gboolean
esc_reader_number (EscReader  *reader,
                   JsonObject *object,
                   const char *name,
                   gboolean    required,
                   double     *out_value)
{
  JsonNode *node = esc_reader_member (reader, object, name, required);
  double value;

  if (node == NULL)
    return FALSE;

  if (!holds_number (node))
    {
      wrong_type (reader, name, node, _("a number"));
      return FALSE;
    }

  /* json_node_get_double converts integers too; never json_node_get_int on a double. */
  value = json_node_get_double (node);
  if (!isfinite (value))
    {
      esc_reader_error_at (reader, name, "number-out-of-range",
                           _("“%s” is not a finite number."), name);
      return FALSE;
    }

  *out_value = value;
  return TRUE;
}

gboolean
esc_reader_boolean (EscReader  *reader,
                    JsonObject *object,
                    const char *name,
                    gboolean    fallback)
{
  JsonNode *node = esc_reader_member (reader, object, name, FALSE);

  if (node == NULL)
    return fallback;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      wrong_type (reader, name, node, _("true or false"));
      return fallback;
    }

  return json_node_get_boolean (node);
}

static EscLocalizedText *
read_variants (EscReader  *reader,
               JsonObject *object)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  JsonObjectIter iter;
  const char *tag;
  JsonNode *node;
  gboolean ok = TRUE;

  /* In file order: the first variant is the fallback of last resort. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &tag, &node))
    {
      gsize mark = esc_reader_push_member (reader, tag);

      if (!esc_is_valid_language_tag (tag))
        {
          esc_reader_error (reader, "invalid-language",
                            _("“%s” is not a well-formed BCP 47 language tag."), tag);
          ok = FALSE;
        }
      else if (!holds_string (node))
        {
          esc_reader_error (reader, "wrong-type", _("A translation should be a string, not %s."),
                            type_name (node));
          ok = FALSE;
        }
      else if (*json_node_get_string (node) == '\0')
        {
          esc_reader_error (reader, "empty-value", _("The translation is empty."));
          ok = FALSE;
        }
      else
        {
          g_ptr_array_add (tags, (gpointer) tag);
          g_ptr_array_add (texts, (gpointer) json_node_get_string (node));
        }
      esc_reader_pop (reader, mark);
    }

  if (!ok)
    return NULL;

  if (tags->len == 0)
    {
      esc_reader_error (reader, "empty-value", _("The text has no translations."));
      return NULL;
    }

  g_ptr_array_add (tags, NULL);
  g_ptr_array_add (texts, NULL);
  return esc_localized_text_new ((const char * const *) tags->pdata,
                                 (const char * const *) texts->pdata);
}

/* Localized text: a plain string or an object of language tags to strings. Problems
 * are reported at the current path. */
EscLocalizedText *
esc_reader_localized_node (EscReader *reader,
                           JsonNode  *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return read_variants (reader, json_node_get_object (node));

  if (!holds_string (node))
    {
      esc_reader_error (reader, "wrong-type",
                        _("Text should be a string or an object of translations, not %s."),
                        type_name (node));
      return NULL;
    }

  if (*json_node_get_string (node) == '\0')
    {
      esc_reader_error (reader, "empty-value", _("The text is empty."));
      return NULL;
    }

  return esc_localized_text_new_plain (json_node_get_string (node));
}

EscLocalizedText *
esc_reader_localized (EscReader  *reader,
                      JsonObject *object,
                      const char *name,
                      gboolean    required)
{
  JsonNode *node = esc_reader_member (reader, object, name, required);
  EscLocalizedText *text;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = esc_reader_push_member (reader, name);
  text = esc_reader_localized_node (reader, node);
  esc_reader_pop (reader, mark);
  return text;
}

JsonArray *
esc_reader_array (EscReader  *reader,
                  JsonObject *object,
                  const char *name,
                  gboolean    required,
                  gboolean    non_empty)
{
  JsonNode *node = esc_reader_member (reader, object, name, required);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      wrong_type (reader, name, node, _("an array"));
      return NULL;
    }

  if (non_empty && json_array_get_length (json_node_get_array (node)) == 0)
    {
      esc_reader_error_at (reader, name, "empty-value",
                           _("“%s” needs at least one element."), name);
      return NULL;
    }

  return json_node_get_array (node);
}

JsonObject *
esc_reader_object (EscReader  *reader,
                   JsonObject *object,
                   const char *name,
                   gboolean    required)
{
  JsonNode *node = esc_reader_member (reader, object, name, required);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      wrong_type (reader, name, node, _("an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

/* The path must already point at element @index. */
JsonObject *
esc_reader_element_object (EscReader *reader,
                           JsonArray *array,
                           guint      index)
{
  return esc_reader_node_object (reader, json_array_get_element (array, index));
}

/* @node, an element of an array, as an object, or NULL with an error. */
JsonObject *
esc_reader_node_object (EscReader *reader,
                        JsonNode  *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      esc_reader_error (reader, "wrong-type", _("Each element should be an object, not %s."),
                        type_name (node));
      return NULL;
    }

  return json_node_get_object (node);
}
