import type { Sequelize } from 'sequelize';
import { Juridiction } from './juridiction';
import { User } from './user';

export { Juridiction, User };

/** Binds the models to a Sequelize instance (one per process, or per test database). */
export function initModels(sequelize: Sequelize): void {
  Juridiction.initModel(sequelize);
  User.initModel(sequelize);
  User.belongsTo(Juridiction, { foreignKey: 'juridictionId', as: 'juridiction' });
}
