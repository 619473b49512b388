/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the editing forms share: reading a row's text, the languages offered, and the
 * names of the format's enumerations as the forms offer them. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-enums.h"
#include "esc-cite.h"
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

/* "#rrggbb" of @rgba, as the format writes a colour. */
char *
esc_form_color_text (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x", (int) (rgba->red * 255 + 0.5), (int) (rgba->green * 255 + 0.5),
                          (int) (rgba->blue * 255 + 0.5));
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

/* With the switch on, the rows describing a new item do not count. */
static void
on_same_switched (GtkSwitch  *button,
                  GParamSpec *pspec,
                  GtkWidget  *passage)
{
  for (GtkWidget *group = gtk_widget_get_first_child (gtk_widget_get_parent (passage)); group != NULL;
       group = gtk_widget_get_next_sibling (group))
    if (group != passage)
      gtk_widget_set_sensitive (group, !gtk_switch_get_active (button));
}

/**
 * esc_form_add_same_switch:
 * @quote_label: the label showing the passage a cite form is for
 * @existing: (nullable): the item the passage states again (esc_cite_find_same())
 *
 * Under the passage, a switch, on, to add the passage as another source of @existing
 * instead of making a new item.
 *
 * Returns: (transfer none) (nullable): the switch, or %NULL without @existing
 */
GtkSwitch *
esc_form_add_same_switch (GtkWidget *quote_label,
                          gpointer   existing)
{
  GtkWidget *passage = gtk_widget_get_ancestor (quote_label, ADW_TYPE_PREFERENCES_GROUP);
  GtkWidget *row, *button, *list;
  g_autofree char *item = NULL;

  if (existing == NULL)
    return NULL;
  item = esc_text_item (existing);
  row = adw_action_row_new ();
  button = gtk_switch_new ();
  /* The subtitle is the dataset's text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add as Another Source of"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (button), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  /* In a list of its own: a row added to the group would go above the passage. */
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 12);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (passage), list);
  g_signal_connect_object (button, "notify::active", G_CALLBACK (on_same_switched), passage, 0);
  on_same_switched (GTK_SWITCH (button), NULL, passage);
  return GTK_SWITCH (button);
}

/**
 * esc_form_add_to_same:
 * @same_switch: (nullable): from esc_form_add_same_switch()
 * @item: the item the form cites, its passage its first source
 *
 * With @same_switch on, adds @item's passage to @existing's sources through
 * @history, instead of @item.
 *
 * Returns: whether it did: the form is done
 */
gboolean
esc_form_add_to_same (GtkSwitch  *same_switch,
                      gpointer    existing,
                      gpointer    item,
                      EscHistory *history)
{
  g_autoptr(GPtrArray) sources = NULL;
  EscEdit *edit;

  if (same_switch == NULL || !gtk_switch_get_active (same_switch))
    return FALSE;
  g_object_get (item, "sources", &sources, NULL);
  edit = esc_cite_add_source (existing, g_ptr_array_index (sources, 0), _("Add a source"));
  if (edit != NULL)
    esc_history_do (history, edit);
  return TRUE;
}
