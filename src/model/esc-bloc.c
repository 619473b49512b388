/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-bloc.h"

G_DEFINE_ENUM_TYPE (EscBloc, esc_bloc,
  G_DEFINE_ENUM_VALUE (ESC_BLOC_GOVERNMENT, "government"),
  G_DEFINE_ENUM_VALUE (ESC_BLOC_OPPOSITION, "opposition"),
  G_DEFINE_ENUM_VALUE (ESC_BLOC_OTHER, "other"))

/* The dataset spells blocs exactly as the enum nicks, so the nick is the one
 * source of truth for both directions. */
gboolean
esc_bloc_from_string (const char *text,
                      EscBloc    *out_bloc)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (out_bloc != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  klass = g_type_class_ref (ESC_TYPE_BLOC);
  value = g_enum_get_value_by_nick (klass, text);
  if (value == NULL)
    return FALSE;

  *out_bloc = value->value;
  return TRUE;
}

const char *
esc_bloc_to_string (EscBloc bloc)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ESC_TYPE_BLOC);
  GEnumValue *value = g_enum_get_value (klass, bloc);

  g_return_val_if_fail (value != NULL, NULL);

  /* Nicks live in the class's static table, so they outlive the class ref. */
  return value->value_nick;
}
