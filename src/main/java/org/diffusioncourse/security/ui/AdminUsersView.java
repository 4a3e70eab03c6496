package org.diffusioncourse.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diffusioncourse.base.ui.MenuLabel;
import org.diffusioncourse.base.ui.SaveFailure;
import org.diffusioncourse.security.Account;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.RoleChangeRefused;
import org.diffusioncourse.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * Admins list the accounts and change their roles. Choosing a row opens its roles below the
 * list; saving sends the version the admin saw, so a change made meanwhile by someone else
 * is reported instead of overwritten.
 */
@Route("admin/users")
@Menu(title = "Admin", order = 40)
@MenuLabel("Admin: manage accounts")
@PageTitle("Accounts · Diffusion course")
@RolesAllowed("ADMIN")
public class AdminUsersView extends Div {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Grid<Account> grid = new Grid<>(Account.class, false);
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Button save = new Button("Save roles");
    final Paragraph message = new Paragraph();

    private final UserService users;
    private final H2 editing = new H2();
    private final Div editor = new Div();
    private @Nullable Account selected;
    private List<Account> accounts = List.of();

    public AdminUsersView(UserService users) {
        this.users = users;
        addClassName("admin-users");
        grid.addColumn(Account::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader("Display name").setAutoWidth(true);
        grid.addColumn(Account::roleLabels).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(account -> CREATED.format(account.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Accounts");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                select(change.getValue());
            }
        });

        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(Role::label);
        roles.setItemEnabledProvider(role -> role != Role.LEARNER);
        roles.setHelperText("Every account is a learner. Authors edit lessons, reviewers review claims, "
                + "admins manage accounts.");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> saveRoles());
        message.setId("admin-message");
        message.getElement().setAttribute("role", "status");
        editing.setId("admin-editing");
        editor.add(editing, roles, save);
        editor.addClassName("admin-editor");
        editor.setVisible(false);

        add(new H1("Accounts"), new Paragraph("Choose an account to change its roles."), grid, message, editor);
        refresh();
    }

    /** Opens the roles of {@code account} (as last loaded) below the list. */
    void select(@Nullable Account account) {
        selected = account;
        editor.setVisible(account != null);
        if (account != null) {
            editing.setText("Roles of " + account.username() + " (" + account.displayName() + ")");
            roles.setValue(account.roles());
        }
    }

    private void saveRoles() {
        Account seen = selected;
        if (seen == null) {
            return;
        }
        try {
            Account saved = users.changeRoles(seen, EnumSet.copyOf(withLearner(roles.getValue())));
            message.setText("Saved: " + saved.username() + " now has " + saved.roleLabels() + ".");
            refresh();
            grid.select(find(saved.id()));
        } catch (RoleChangeRefused refused) {
            message.setText(refused.getMessage());
            refresh();
            grid.select(find(seen.id()));
        } catch (DataAccessException failed) {
            message.setText(SaveFailure.report("The role change of " + seen.username(), failed));
        }
    }

    private static Set<Role> withLearner(Set<Role> chosen) {
        Set<Role> all = EnumSet.of(Role.LEARNER);
        all.addAll(chosen);
        return all;
    }

    private @Nullable Account find(long id) {
        return accounts.stream().filter(account -> account.id() == id).findFirst().orElse(null);
    }

    private void refresh() {
        accounts = users.listAccounts();
        grid.setItems(accounts);
    }
}
