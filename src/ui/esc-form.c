/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the editing forms share: reading a row's text, the languages offered, and the
 * names of the format's enumerations as the forms offer them. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-enums.h"
#include "esc-form.h"
#include "esc-quoted-figure.h"

/* The text typed in @editable without spaces around it, or NULL where that leaves
 * nothing: a member left out. */
char *
esc_form_dup_text (GtkEditable *editable)
{
  char *text;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* @text as a number the way the user writes them, in the interface's language, read
 * as the passages are (esc_quoted_figure_parse()); FALSE if it is not one. */
gboolean
esc_form_read_number (const char *text,
                      double     *value,
                      guint      *decimals)
{
  const char *language = g_get_language_names ()[0];
  g_autofree char *tag = g_strndup (language, strcspn (language, "_.@"));
  EscQuotedFigure figure;

  if (!esc_quoted_figure_parse (text, tag, &figure))
    return FALSE;
  *value = figure.value;
  *decimals = figure.decimals;
  return TRUE;
}

/* The languages offered, by tag: those of the articles news about elections most often
 * come in. Forms name them in the reader's language (esc_language_get_display_name()). */
const char * const *
esc_form_languages (void)
{
  static const char * const languages[] = {
    "en", "es", "pt", "pt-BR", "fr", "de", "it", "ca", "nl", "ru", "uk", "pl", "tr", "ar", "fa", "zh", "ja", NULL
  };

  return languages;
}

static const char *
enum_name (GType type,
           int   value)
{
  const char *kinds[] = {
    N_("Presidential"), N_("Parliamentary"), N_("Regional"), N_("Municipal"), N_("Referendum"), N_("Other")
  };
  const char *units[] = { N_("Count"), N_("Percent"), N_("People"), N_("Votes"), N_("Hours"), N_("Years") };
  const char *qualifiers[] = {
    N_("Exactly"), N_("At least"), N_("At most"), N_("About"), N_("More than"), N_("Fewer than")
  };

  if (type == ESC_TYPE_ELECTION_KIND)
    return _(kinds[value]);
  if (type == ESC_TYPE_UNIT)
    return _(units[value]);
  if (type == ESC_TYPE_QUALIFIER)
    return _(qualifiers[value]);
  if (type == ESC_TYPE_MEASURE)
    return esc_text_measure_kind (value);
  if (type == ESC_TYPE_CLAIM_STATUS)
    return esc_text_status (value);
  if (type == ESC_TYPE_CLAIMANT_KIND)
    return esc_text_claimant_kind (value);
  if (type == ESC_TYPE_REGION_OUTCOME)
    return esc_text_region_outcome (value);
  if (type == ESC_TYPE_STANCE)
    return esc_text_stance (value);
  if (type == ESC_TYPE_BLOC)
    return esc_text_bloc (value);
  g_return_val_if_reached (NULL);
}

/**
 * esc_form_enum_names:
 * @type: an enumeration of the format, its values 0, 1, 2…
 *
 * Returns: (transfer full): the names of its values in the reader's language, in
 *   the order of the values, as a form's choices
 */
GStrv
esc_form_enum_names (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; i < klass->n_values; i++)
    g_strv_builder_add (names, enum_name (type, klass->values[i].value));
  return g_strv_builder_end (names);
}
