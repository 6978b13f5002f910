/** The unit register (§ 2) as a table: symbol, name, superior, number of tasks. */
import type { Order, Unit } from '../../../core/model/order.js';
import { superiorLabel, taskCount, unitDepth } from '../format.js';

export interface UnitRegisterProps {
  order: Order;
  onOpenScope?: (unit: Unit) => void;
}

export function UnitRegister({ order, onOpenScope }: UnitRegisterProps) {
  if (!order.units.length) return <p className="muted">To zarządzenie nie ustala komórek organizacyjnych.</p>;
  return (
    <table className="register" aria-label="Rejestr komórek organizacyjnych">
      <thead>
        <tr>
          <th scope="col" className="col-symbol">Symbol</th>
          <th scope="col">Nazwa</th>
          <th scope="col">Podlega</th>
          <th scope="col" className="col-count">Liczba zadań</th>
        </tr>
      </thead>
      <tbody>
        {order.units.map((u) => {
          const depth = unitDepth(order, u);
          const count = taskCount(u.scope);
          return (
            <tr key={u.id} data-symbol={u.symbol}>
              <td className="col-symbol">{u.symbol || <span className="muted">brak</span>}</td>
              <td style={{ paddingLeft: `${0.75 + depth * 1.25}rem` }}>
                {depth > 0 && <span className="sub-mark" aria-hidden="true">└ </span>}
                {onOpenScope ? (
                  <button type="button" className="link" onClick={() => onOpenScope(u)}>{u.name}</button>
                ) : (
                  u.name
                )}
              </td>
              <td className="col-superior">{superiorLabel(order, u.reportsTo)}</td>
              <td className="col-count" title={count === null ? 'Zakres określony odrębnym zarządzeniem' : undefined}>
                {count === null ? '—' : count}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
