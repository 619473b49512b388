/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-bloc.h"
#include "esc-enums.h"

G_DEFINE_ENUM_TYPE (EscBloc, esc_bloc,
  G_DEFINE_ENUM_VALUE (ESC_BLOC_GOVERNMENT, "government"),
  G_DEFINE_ENUM_VALUE (ESC_BLOC_OPPOSITION, "opposition"),
  G_DEFINE_ENUM_VALUE (ESC_BLOC_OTHER, "other"))

/* The dataset spells blocs exactly as the enum nicks. */
gboolean
esc_bloc_from_string (const char *text,
                      EscBloc    *out_bloc)
{
  int value;

  g_return_val_if_fail (out_bloc != NULL, FALSE);

  if (!esc_enum_from_nick (ESC_TYPE_BLOC, text, &value))
    return FALSE;

  *out_bloc = value;
  return TRUE;
}

const char *
esc_bloc_to_string (EscBloc bloc)
{
  return esc_enum_to_nick (ESC_TYPE_BLOC, bloc);
}
