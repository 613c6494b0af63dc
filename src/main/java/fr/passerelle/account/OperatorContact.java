package fr.passerelle.account;

/**
 * Where to write to an operator about his structure (reminders): nothing more than the account
 * and its e-mail. Personal data: never logged.
 */
public record OperatorContact(long accountId, String email) {

    @Override
    public String toString() {
        return "OperatorContact[accountId=" + accountId + "]";
    }
}
