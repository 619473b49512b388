/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form that edits any item of a dataset (an election, a party, a region, a
 * reaction, a claimant, an article's details, the dataset's title): one row per
 * writable property of the model object, made from the property's type, so a member
 * added to the model is editable without a form of its own. The form edits a copy
 * (esc_edit_set_copy()); Save makes what changed, and the sources removed, one edit.
 *
 * As the user types, the loader checks the copy in its place in the dataset
 * (EscFormCheck): its problems are listed under the rows, the rows they are about are
 * marked, and Save does nothing while there are errors. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-edit-group.h"
#include "esc-edit-list.h"
#include "esc-edit-set.h"
#include "esc-form.h"
#include "esc-form-check.h"
#include "esc-item-form.h"
#include "esc-language.h"
#include "esc-quoted-figure.h"
#include "esc-source-list.h"
#include "esc-validate.h"

struct _EscItemForm
{
  AdwWindow parent_instance;
  EscHistory *history;
  GPtrArray *parties;      /* EscParty the party rows offer, or NULL */
  GObject *original;
  GObject *copy;
  GHashTable *rows;        /* property name → its row */
  EscSourceList *sources;
  GHashTable *unreadable;  /* property names whose text is not a value */
  EscFormCheck *check;

  /* Template children */
  AdwPreferencesGroup *fields_group;
  AdwPreferencesGroup *sources_group;
  GtkLabel *problems_label;
};

G_DEFINE_FINAL_TYPE (EscItemForm, esc_item_form, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CHECKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Members the form offers: the writable ones, but for decimals, which follow the
 * number typed, an article's text, which is cited from and not retyped, and the
 * claimant of a claim, which has a form of its own. */
static gboolean
offered (GParamSpec *pspec)
{
  if (!(pspec->flags & G_PARAM_WRITABLE) || g_str_has_suffix (pspec->name, "-decimals"))
    return FALSE;
  if (G_IS_PARAM_SPEC_OBJECT (pspec))
    return pspec->value_type == ESC_TYPE_PARTY;
  return pspec->value_type != G_TYPE_STRV;
}

/* The row's title: the member's name in the reader's language. */
static const char *
member_title (const char *name)
{
  static const struct { const char *name; const char *title; } titles[] = {
    { "id", N_("Identifier") }, { "title", N_("Title") }, { "description", N_("Description") },
    { "summary", N_("Summary") }, { "country", N_("Country Code") }, { "date", N_("Date") },
    { "kind", N_("Kind") }, { "name", N_("Name") }, { "short-name", N_("Short Name") },
    { "candidate", N_("Candidate") }, { "bloc", N_("Bloc") }, { "color", N_("Colour") },
    { "outlet", N_("Outlet") }, { "published", N_("Published") }, { "url", N_("Web Address") },
    { "language", N_("Language") }, { "translated-from", N_("Translated From") },
    { "title-from-editor", N_("Title Given by the Dataset’s Editors") }, { "outcome", N_("Outcome") },
    { "party", N_("Party") }, { "share", N_("Share (%)") }, { "organization-id", N_("Organization Identifier") },
    { "organization-name", N_("Organization") }, { "speaker", N_("Speaker") }, { "role", N_("Role") },
    { "stance", N_("Stance") }, { "quote", N_("Words Quoted") }, { "statement", N_("Statement Address") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_str_equal (titles[i].name, name))
      return _(titles[i].title);
  return name;
}

/* ---- Checking ---- */

/* Marks the rows the problems are about, and allows Save unless there is an error. */
static void
show_problems (EscItemForm *self)
{
  GPtrArray *problems = esc_form_check_get_problems (self->check);
  GHashTableIter iter;
  gpointer name, row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &name, &row))
    if (g_hash_table_contains (self->unreadable, name))
      gtk_widget_add_css_class (row, "error");
    else
      gtk_widget_remove_css_class (row, "error");
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (problems, i);
      /* The member a problem is about: "…parties[0].short_name" is "short-name". */
      const char *member = strrchr (problem->path, '.');
      g_autofree char *name_of = NULL;

      if (member == NULL || problem->severity != ESC_SEVERITY_ERROR)
        continue;
      name_of = g_strdelimit (g_strndup (member + 1, strcspn (member + 1, "[")), "_", '-');
      if (g_hash_table_lookup (self->rows, name_of) != NULL)
        gtk_widget_add_css_class (g_hash_table_lookup (self->rows, name_of), "error");
    }
  esc_form_check_set_note (self->check, g_hash_table_size (self->unreadable) > 0
                                        ? _("• A number or a colour is not written so that it can be read.") : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.save",
                                 !esc_form_check_is_done (self->check)
                                 || (!esc_form_check_has_errors (self->check)
                                     && g_hash_table_size (self->unreadable) == 0));
}

static void
on_checked (EscItemForm *self)
{
  show_problems (self);
  g_signal_emit (self, signals[SIGNAL_CHECKED], 0);
}

static void
changed (EscItemForm *self)
{
  esc_form_check_queue (self->check, self->copy);
  show_problems (self);
}

/* ---- Rows ---- */

static void
set_unreadable (EscItemForm *self,
                const char  *name,
                gboolean     unreadable)
{
  if (unreadable)
    g_hash_table_add (self->unreadable, g_strdup (name));
  else
    g_hash_table_remove (self->unreadable, name);
}

static void
on_entry_changed (AdwEntryRow *row,
                  EscItemForm *self)
{
  GParamSpec *pspec = g_object_get_data (G_OBJECT (row), "pspec");
  g_autofree char *text = esc_form_dup_text (GTK_EDITABLE (row));
  gboolean numeric = pspec->value_type == G_TYPE_DOUBLE || pspec->value_type == G_TYPE_VARIANT;
  double number = 0;
  guint decimals = 0;
  gboolean readable = text == NULL || !numeric || esc_form_read_number (text, &number, &decimals);
  g_autofree char *decimals_name = g_strconcat (pspec->name, "-decimals", NULL);

  if (pspec->value_type == ESC_TYPE_LOCALIZED_TEXT)
    {
      EscLocalizedText *before = NULL;
      g_autoptr(EscLocalizedText) after = NULL;

      g_object_get (self->copy, pspec->name, &before, NULL);
      after = text ? esc_localized_text_replace_shown (before, text) : NULL;
      g_object_set (self->copy, pspec->name, after, NULL);
      g_clear_pointer (&before, esc_localized_text_unref);
    }
  else if (g_str_equal (pspec->name, "color"))
    {
      readable = text == NULL || esc_parse_color (text, NULL);
      if (readable)
        g_object_set (self->copy, "color", text, NULL);
    }
  else if (pspec->value_type == G_TYPE_STRING)
    g_object_set (self->copy, pspec->name, text, NULL);
  else if (pspec->value_type == G_TYPE_DOUBLE && readable && text != NULL)
    g_object_set (self->copy, pspec->name, number, NULL);
  else if (pspec->value_type == G_TYPE_VARIANT && readable)
    g_object_set (self->copy, pspec->name, text ? g_variant_new_double (number) : NULL, NULL);
  if (numeric && readable && text != NULL && g_object_class_find_property (G_OBJECT_GET_CLASS (self->copy), decimals_name))
    g_object_set (self->copy, decimals_name, decimals, NULL);
  set_unreadable (self, pspec->name, !readable || (pspec->value_type == G_TYPE_DOUBLE && text == NULL));
  changed (self);
}

/* The text a row starts with: the member's value as the user would type it. */
static char *
entry_text (EscItemForm *self,
            GParamSpec  *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *decimals_name = g_strconcat (pspec->name, "-decimals", NULL);
  guint decimals = 0;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (self->copy, pspec->name, &value);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (self->copy), decimals_name))
    g_object_get (self->copy, decimals_name, &decimals, NULL);
  if (pspec->value_type == ESC_TYPE_LOCALIZED_TEXT)
    return g_strdup (g_value_get_boxed (&value) ? esc_localized_text_get (g_value_get_boxed (&value)) : NULL);
  if (pspec->value_type == G_TYPE_DOUBLE)
    return esc_text_number (g_value_get_double (&value), ESC_UNIT_COUNT, decimals);
  if (pspec->value_type == G_TYPE_VARIANT)
    return g_value_get_variant (&value)
           ? esc_text_number (g_variant_get_double (g_value_get_variant (&value)), ESC_UNIT_COUNT, decimals) : NULL;
  return g_value_dup_string (&value);
}

static void
on_color_set (GtkColorButton *button,
              AdwEntryRow    *row)
{
  GdkRGBA rgba;
  g_autofree char *text = NULL;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  text = esc_form_color_text (&rgba);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static GtkWidget *
entry_row (EscItemForm *self,
           GParamSpec  *pspec)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *text = entry_text (self, pspec);

  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (g_str_equal (pspec->name, "color"))
    {
      GtkWidget *button = gtk_color_button_new ();
      guint32 rgb;

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Pick a colour"));
      gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (button), FALSE);
      if (text != NULL && esc_parse_color (text, &rgb))
        gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (button),
                                    &(GdkRGBA) { (rgb >> 16) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, 1 });
      g_signal_connect (button, "color-set", G_CALLBACK (on_color_set), row);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
    }
  g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed), self);
  return row;
}

/* The choices of a combo row: an enumeration's values, the election's parties, or
 * languages, each with "none" first where the member may be left out. */
static void
on_choice (AdwComboRow *row,
           GParamSpec  *notify,
           EscItemForm *self)
{
  GParamSpec *pspec = g_object_get_data (G_OBJECT (row), "pspec");
  guint selected = adw_combo_row_get_selected (row);
  const char * const *tags = g_object_get_data (G_OBJECT (row), "tags");

  if (G_IS_PARAM_SPEC_ENUM (pspec))
    g_object_set (self->copy, pspec->name, selected, NULL);
  else if (tags != NULL)
    g_object_set (self->copy, pspec->name, tags[selected], NULL);
  else
    g_object_set (self->copy, pspec->name, selected > 0 ? g_ptr_array_index (self->parties, selected - 1) : NULL, NULL);
  changed (self);
}

/* Languages by name: those offered, the member's own if it is another, and for a
 * translation's original "none". */
static GStrv
language_tags (EscItemForm *self,
               GParamSpec  *pspec)
{
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_autofree char *current = NULL;

  g_object_get (self->copy, pspec->name, &current, NULL);
  if (g_str_equal (pspec->name, "translated-from"))
    g_strv_builder_add (tags, "");
  g_strv_builder_addv (tags, (const char **) esc_form_languages ());
  if (current != NULL && !g_strv_contains (esc_form_languages (), current))
    g_strv_builder_add (tags, current);
  return g_strv_builder_end (tags);
}

static GtkWidget *
combo_row (EscItemForm *self,
           GParamSpec  *pspec)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      g_auto(GStrv) values = esc_form_enum_names (pspec->value_type);
      int value;

      gtk_string_list_splice (names, 0, 0, (const char * const *) values);
      g_object_get (self->copy, pspec->name, &value, NULL);
      selected = value;
    }
  else if (pspec->value_type == G_TYPE_STRING)
    {
      GStrv tags = language_tags (self, pspec);
      g_autofree char *current = NULL;

      g_object_get (self->copy, pspec->name, &current, NULL);
      for (guint i = 0; tags[i] != NULL; i++)
        {
          g_autofree char *name = *tags[i] ? esc_language_get_display_name (tags[i]) : g_strdup (_("None"));

          gtk_string_list_append (names, name);
          if (g_strcmp0 (tags[i], current ? current : "") == 0)
            selected = i;
        }
      g_object_set_data_full (G_OBJECT (row), "tags", tags, (GDestroyNotify) g_strfreev);
    }
  else
    {
      EscParty *party = NULL;

      g_object_get (self->copy, pspec->name, &party, NULL);
      gtk_string_list_append (names, _("None"));
      for (guint i = 0; self->parties != NULL && i < self->parties->len; i++)
        {
          gtk_string_list_append (names, esc_text_party (g_ptr_array_index (self->parties, i)));
          if (g_ptr_array_index (self->parties, i) == party)
            selected = i + 1;
        }
      g_clear_object (&party);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice), self);
  return row;
}

static void
on_switch (GtkSwitch   *button,
           GParamSpec  *notify,
           EscItemForm *self)
{
  GParamSpec *pspec = g_object_get_data (G_OBJECT (button), "pspec");

  g_object_set (self->copy, pspec->name, gtk_switch_get_active (button), NULL);
  changed (self);
}

static GtkWidget *
switch_row (EscItemForm *self,
            GParamSpec  *pspec)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_switch_new ();
  gboolean active;

  g_object_get (self->copy, pspec->name, &active, NULL);
  gtk_switch_set_active (GTK_SWITCH (button), active);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "pspec", pspec);
  g_signal_connect (button, "notify::active", G_CALLBACK (on_switch), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
row_for (EscItemForm *self,
         GParamSpec  *pspec)
{
  gboolean language = g_str_equal (pspec->name, "language") || g_str_equal (pspec->name, "translated-from");

  if (G_IS_PARAM_SPEC_ENUM (pspec) || G_IS_PARAM_SPEC_OBJECT (pspec) || language)
    return combo_row (self, pspec);
  if (pspec->value_type == G_TYPE_BOOLEAN)
    return switch_row (self, pspec);
  return entry_row (self, pspec);
}

static void
add_rows (EscItemForm *self)
{
  guint n;
  g_autofree GParamSpec **properties = g_object_class_list_properties (G_OBJECT_GET_CLASS (self->copy), &n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row;

      if (!offered (properties[i]))
        continue;
      row = row_for (self, properties[i]);
      g_object_set_data (G_OBJECT (row), "pspec", properties[i]);
      /* Titles are ours; what the rows hold is the dataset's, and never markup. */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), member_title (properties[i]->name));
      adw_preferences_group_add (self->fields_group, row);
      g_hash_table_insert (self->rows, g_strdup (properties[i]->name), row);
    }
}

/* ---- Saving ---- */

/* What changed, and the sources removed, last first, as one step of the history. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EscItemForm *self = ESC_ITEM_FORM (widget);
  g_autoptr(EscEdit) group = esc_edit_group_new (gtk_window_get_title (GTK_WINDOW (self)));
  g_autoptr(EscEdit) changes = esc_edit_set_new_changes (self->original, self->copy, NULL);

  if (g_hash_table_size (self->unreadable) > 0 || !esc_form_check_allows (self->check, self->copy))
    return;
  if (changes != NULL)
    esc_edit_group_add (ESC_EDIT_GROUP (group), g_steal_pointer (&changes));
  esc_source_list_add_removals (self->sources, ESC_EDIT_GROUP (group));
  if (esc_edit_group_get_n_edits (ESC_EDIT_GROUP (group)) > 0)
    esc_history_do (self->history, g_steal_pointer (&group));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
esc_item_form_dispose (GObject *object)
{
  EscItemForm *self = ESC_ITEM_FORM (object);

  if (self->check != NULL)
    g_signal_handlers_disconnect_by_data (self->check, self);
  g_clear_object (&self->check);
  g_clear_object (&self->history);
  g_clear_object (&self->original);
  g_clear_object (&self->copy);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->sources);
  g_clear_pointer (&self->unreadable, g_hash_table_unref);
  G_OBJECT_CLASS (esc_item_form_parent_class)->dispose (object);
}

static void
esc_item_form_class_init (EscItemFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_item_form_dispose;

  /**
   * EscItemForm::checked:
   *
   * The loader has checked the item as the form has it; Save is enabled if it found
   * no error. Until then Save checks first.
   */
  signals[SIGNAL_CHECKED] = g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-item-form.ui");
  gtk_widget_class_bind_template_child (widget_class, EscItemForm, fields_group);
  gtk_widget_class_bind_template_child (widget_class, EscItemForm, sources_group);
  gtk_widget_class_bind_template_child (widget_class, EscItemForm, problems_label);
  gtk_widget_class_install_action (widget_class, "form.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "form.save", NULL);
}

static void
esc_item_form_init (EscItemForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->unreadable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * esc_item_form_new:
 * @item: an item of @dataset: an election, party, region, reaction, claimant or
 *   article, or @dataset itself
 * @list: (nullable): the list of @dataset @item is in, for checking it in its place
 * @parties: (nullable): the parties a party row offers: those of @item's election
 * @title: the form's title: "Edit Party"
 *
 * Returns: (transfer none): the form, shown over @parent; Save makes the changes one
 *   edit through @history
 */
EscItemForm *
esc_item_form_new (GtkWindow  *parent,
                   EscHistory *history,
                   EscDataset *dataset,
                   gpointer    item,
                   GPtrArray  *list,
                   GPtrArray  *parties,
                   const char *title)
{
  EscItemForm *self = g_object_new (ESC_TYPE_ITEM_FORM, "transient-for", parent, "title", title, NULL);

  self->history = g_object_ref (history);
  self->original = g_object_ref (item);
  self->copy = esc_edit_set_copy (item);
  self->parties = parties ? g_ptr_array_ref (parties) : NULL;
  self->check = esc_form_check_new (dataset, item, list);
  esc_form_check_set_label (self->check, self->problems_label);
  g_signal_connect_swapped (self->check, "checked", G_CALLBACK (on_checked), self);
  add_rows (self);
  self->sources = esc_source_list_new (self->sources_group, item);
  esc_form_check_set_dropped (self->check, esc_source_list_get_removed (self->sources));
  g_signal_connect_object (self->sources, "changed", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  changed (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
