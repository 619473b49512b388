/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "esc-tally-column.h"

G_DEFINE_ENUM_TYPE (EscTallyRole, esc_tally_role,
  G_DEFINE_ENUM_VALUE (ESC_TALLY_IGNORE, "ignore"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REGION, "region"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_CENTRE, "centre"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_TABLE, "table"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_VOTES, "votes"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_VALID, "valid"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_NULL, "null"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_BLANK, "blank"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REGISTERED, "registered"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_VOTERS, "voters"))

G_DEFINE_BOXED_TYPE (EscTallyColumn, esc_tally_column, esc_tally_column_copy, esc_tally_column_free)

EscTallyColumn *
esc_tally_column_new (const char   *header,
                      EscTallyRole  role,
                      const char   *candidate)
{
  EscTallyColumn *self = g_new0 (EscTallyColumn, 1);

  self->header = g_strdup (header);
  self->role = role;
  self->candidate = role == ESC_TALLY_VOTES ? g_strdup (candidate != NULL ? candidate : header) : NULL;
  return self;
}

EscTallyColumn *
esc_tally_column_copy (const EscTallyColumn *self)
{
  EscTallyColumn *copy = esc_tally_column_new (self->header, self->role, self->candidate);

  copy->per_centre = self->per_centre;
  return copy;
}

void
esc_tally_column_free (EscTallyColumn *self)
{
  if (self == NULL)
    return;
  g_free (self->header);
  g_free (self->candidate);
  g_free (self);
}

/* Whether the column holds a count of votes or people, which every row must give as a
 * whole number. */
gboolean
esc_tally_column_is_count (const EscTallyColumn *self)
{
  return self->role >= ESC_TALLY_VOTES;
}

const char *
esc_tally_role_nick (EscTallyRole role)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ESC_TYPE_TALLY_ROLE);
  GEnumValue *value = g_enum_get_value (klass, role);

  return value != NULL ? value->value_nick : NULL;
}

gboolean
esc_tally_role_from_nick (const char   *nick,
                          EscTallyRole *role)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ESC_TYPE_TALLY_ROLE);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  if (value == NULL)
    return FALSE;
  *role = value->value;
  return TRUE;
}

/* The role as the import dialog names it. */
const char *
esc_tally_role_label (EscTallyRole role)
{
  switch (role)
    {
    case ESC_TALLY_IGNORE: return _("Not Used");
    case ESC_TALLY_REGION: return _("Region");
    case ESC_TALLY_CENTRE: return _("Polling Centre");
    case ESC_TALLY_TABLE: return _("Table or Sheet");
    case ESC_TALLY_VOTES: return _("Votes for");
    case ESC_TALLY_VALID: return _("Valid Votes");
    case ESC_TALLY_NULL: return _("Null Votes");
    case ESC_TALLY_BLANK: return _("Blank Votes");
    case ESC_TALLY_REGISTERED: return _("Registered Voters");
    case ESC_TALLY_VOTERS: return _("Voters");
    default: g_return_val_if_reached (NULL);
    }
}

static gpointer
copy_column (gconstpointer column,
             gpointer      unused)
{
  return esc_tally_column_copy (column);
}

/* A deep copy of an array of EscTallyColumn. */
GPtrArray *
esc_tally_columns_copy (GPtrArray *columns)
{
  GPtrArray *copy = g_ptr_array_copy (columns, copy_column, NULL);

  g_ptr_array_set_free_func (copy, (GDestroyNotify) esc_tally_column_free);
  return copy;
}

/* Applies "HEADER=ROLE", "HEADER=votes:CANDIDATE" or "HEADER=ROLE/centre" (a figure
 * per centre) to the column of that header, compared without regard to case. */
gboolean
esc_tally_columns_override (GPtrArray   *columns,
                            const char  *spec,
                            GError     **error)
{
  const char *equals = strrchr (spec, '=');
  g_autofree char *header = NULL, *role_text = NULL;
  char *candidate, *scope;
  EscTallyRole role;

  if (equals == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not HEADER=ROLE"), spec);
      return FALSE;
    }
  header = g_strstrip (g_strndup (spec, equals - spec));
  role_text = g_strdup (equals + 1);
  candidate = strchr (role_text, ':');
  if (candidate != NULL)
    *candidate++ = '\0';
  scope = strchr (role_text, '/');
  if (scope != NULL)
    *scope++ = '\0';
  if (!esc_tally_role_from_nick (role_text, &role) || (scope != NULL && g_strcmp0 (scope, "centre") != 0))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s”: the role is one of ignore, region, centre, table, votes[:CANDIDATE], valid, null, blank, registered, voters, optionally followed by /centre"),
                   spec);
      return FALSE;
    }
  for (guint i = 0; i < columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (columns, i);

      if (g_utf8_collate (column->header, header) != 0 && g_ascii_strcasecmp (column->header, header) != 0)
        continue;
      g_clear_pointer (&column->candidate, g_free);
      column->role = role;
      column->candidate = role == ESC_TALLY_VOTES ? g_strdup (candidate != NULL && *candidate != '\0' ? candidate : column->header) : NULL;
      column->per_centre = scope != NULL;
      return TRUE;
    }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("The file has no column “%s”"), header);
  return FALSE;
}
